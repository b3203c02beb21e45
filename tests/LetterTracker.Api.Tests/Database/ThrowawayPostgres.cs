using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Database;

/// <summary>
/// A PostgreSQL server of the test's own, in a temp dir on a free 127.0.0.1 port, that the test may
/// stop and start again (the shared one of LETTERTRACKER_TEST_POSTGRES must stay up for the others).
/// As .ci/postgres.sh does it: the newest /usr/lib/postgresql/N/bin, initdb with trust, pg_ctl, run as
/// the postgres user when we are root. Removed, stopped first, on dispose.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string bin;
    private readonly string dir;

    private ThrowawayPostgres(string bin, string dir, int port)
    {
        this.bin = bin;
        this.dir = dir;
        Port = port;
    }

    /// <summary>The server binaries' folder, or null when PostgreSQL is not installed.</summary>
    public static string? BinDirectory { get; } = Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetFiles("/usr/lib/postgresql", "initdb", SearchOption.AllDirectories)
            .Select(Path.GetDirectoryName)
            .OrderBy(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var major) ? major : 0)
            .LastOrDefault()
        : null;

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres";

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var bin = BinDirectory ?? throw new InvalidOperationException("No PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql).");
        var dir = Directory.CreateTempSubdirectory("lettertracker-outage-postgres.").FullName;
        var server = new ThrowawayPostgres(bin, dir, FreePort());
        try
        {
            if (IsRoot)
            {
                await RunAsync("chown", "postgres:postgres", dir);
            }

            await server.AsOwnerAsync("initdb", "-D", server.DataDirectory, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale", "--no-sync");
            await server.StartAgainAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the stopped server and waits until it accepts connections.</summary>
    public Task StartAgainAsync() => AsOwnerAsync(
        "pg_ctl", "-D", DataDirectory, "-l", Path.Combine(dir, "server.log"), "-w", "-t", "180",
        "-o", $"-c listen_addresses=127.0.0.1 -p {Port} -k {dir} -c fsync=off -c full_page_writes=off", "start");

    /// <summary>A fast shutdown, as an operator's restart does it: sessions are ended, the server exits.</summary>
    public Task StopAsync() => AsOwnerAsync("pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "-t", "180", "stop");

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            try
            {
                await StopAsync();
            }
            catch (InvalidOperationException)
            {
                // Already stopped; the folder goes all the same.
            }
        }

        Directory.Delete(dir, recursive: true);
    }

    private string DataDirectory => Path.Combine(dir, "data");

    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>A port nothing listens on now (the kernel's pick), for the server to take.</summary>
    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private Task AsOwnerAsync(string tool, params string[] arguments) => IsRoot
        ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(bin, tool), .. arguments])
        : RunAsync(Path.Combine(bin, tool), arguments);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}: {await output}{await error}");
        }
    }
}

/// <summary>
/// A test that starts a PostgreSQL server of its own (<see cref="ThrowawayPostgres"/>). Without the
/// server binaries it is skipped on a developer's machine, but runs and fails in CI (CI=true).
/// </summary>
public sealed class ThrowawayPostgresFactAttribute : FactAttribute
{
    public ThrowawayPostgresFactAttribute()
    {
        if (ThrowawayPostgres.BinDirectory is null && !ContinuousIntegration.IsRunning)
        {
            Skip = "No PostgreSQL server binaries under /usr/lib/postgresql: apt-get install postgresql to run this test.";
        }
    }
}
