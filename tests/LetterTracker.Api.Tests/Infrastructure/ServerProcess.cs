using System.Diagnostics;
using System.Text.RegularExpressions;

namespace LetterTracker.Api.Tests.Infrastructure;

/// <summary>
/// The real API as its own process (dotnet LetterTracker.Api.dll from this build), on a free
/// loopback port, configured only through environment variables. Killed when disposed.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    /// <summary>How long a start may take on a loaded machine (migrating a new database included): an upper bound, not an expectation.</summary>
    public static readonly TimeSpan StartDeadline = TimeSpan.FromMinutes(3);

    /// <summary>How long one request, or a graceful stop, may take on a loaded machine.</summary>
    public static readonly TimeSpan RequestDeadline = TimeSpan.FromMinutes(3);

    private readonly Process process;
    private readonly List<(bool Error, string Line)> output;

    private readonly string? apiKey;

    private ServerProcess(Process process, Uri address, List<(bool Error, string Line)> output, string? apiKey)
    {
        this.process = process;
        this.output = output;
        this.apiKey = apiKey;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The server's process id.</summary>
    public int Id => process.Id;

    /// <summary>Everything the server wrote so far, stdout and stderr interleaved as read.</summary>
    public string Output
    {
        get { lock (output) { return string.Join('\n', output.Select(o => o.Line)); } }
    }

    /// <summary>The lines the server wrote to stdout so far (where its console logs go).</summary>
    public IReadOnlyList<string> StandardOutputLines
    {
        get { lock (output) { return [.. output.Where(o => !o.Error).Select(o => o.Line)]; } }
    }

    /// <summary>The lines the server wrote to stderr so far.</summary>
    public IReadOnlyList<string> StandardErrorLines
    {
        get { lock (output) { return [.. output.Where(o => o.Error).Select(o => o.Line)]; } }
    }

    /// <summary>
    /// Starts the server and waits until it listens. Its console logs use the simple formatter, which
    /// the tests read as text, unless <paramref name="logFormat"/> names another or is null: then the
    /// app chooses as for its environment (ASPNETCORE_ENVIRONMENT unset: Production, JSON lines).
    /// </summary>
    public static async Task<ServerProcess> StartAsync(string workingDirectory, IDictionary<string, string> environment, string? logFormat = "simple")
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "LetterTracker.Api.dll")])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        // The test process's own environment name (none, or one a developer set) is not the server's.
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        // The server watches files (or polls them) as the app decides, not as a developer's shell says.
        start.Environment.Remove("DOTNET_USE_POLLING_FILE_WATCHER");
        if (logFormat is null)
        {
            start.Environment.Remove("Logging__Console__FormatterName");
        }
        else
        {
            start.Environment["Logging__Console__FormatterName"] = logFormat;
        }

        // The test apps' admin key, unless the environment given sets another (or "" for none).
        start.Environment["Auth__BootstrapAdminKey"] = LetterTrackerApp.AdminKey;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        // Written by the output-reading threads for the server's whole life, read under the same lock.
        var lines = new List<(bool Error, string Line)>();
        void Collect(bool error, string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (lines)
            {
                lines.Add((error, line));
            }

            if (ListeningOn().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        }

        process.OutputDataReceived += (_, e) => Collect(false, e.Data);
        process.ErrorDataReceived += (_, e) => Collect(true, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _ = process.WaitForExitAsync().ContinueWith(_ =>
        {
            lock (lines)
            {
                listening.TrySetException(new InvalidOperationException("The server exited before listening:\n" + string.Join('\n', lines.Select(l => l.Line))));
            }
        }, TaskScheduler.Default);

        try
        {
            var address = await listening.Task.WaitAsync(StartDeadline);
            return new ServerProcess(process, address, lines, start.Environment["Auth__BootstrapAdminKey"]);
        }
        catch (TimeoutException)
        {
            // Not left running behind the failed test.
            process.Kill(entireProcessTree: true);
            lock (lines)
            {
                throw new TimeoutException($"The server did not listen within {StartDeadline}:\n" + string.Join('\n', lines.Select(l => l.Line)));
            }
        }
    }

    /// <summary>A client sending the bootstrap admin key, if the server has one.</summary>
    public HttpClient CreateClient()
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = RequestDeadline };
        if (apiKey is { Length: > 0 })
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    /// <summary>Stops the server as an orchestrator does, with SIGTERM, and waits for it to exit; its exit code.</summary>
    public async Task<int> StopAsync()
    {
        if (!process.HasExited)
        {
            using var signal = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
            await signal.WaitForExitAsync();
            try
            {
                await process.WaitForExitAsync().WaitAsync(RequestDeadline);
            }
            catch (TimeoutException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"The server did not stop within {RequestDeadline} of SIGTERM:\n{Output}");
            }
        }

        // The last lines are read after the exit is seen.
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>Kills the server with SIGKILL: no shutdown, no flush, as a crash or the OOM killer would.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    /// <summary>Kestrel's line, in the simple format or as the Message of a JSON line.</summary>
    [GeneratedRegex(@"Now listening on: (http://[^\s""]+)")]
    private static partial Regex ListeningOn();
}
