using System.Diagnostics;
using System.Text.RegularExpressions;

namespace LetterTracker.Api.Tests.Infrastructure;

/// <summary>
/// The real API as its own process (dotnet LetterTracker.Api.dll from this build), on a free
/// loopback port, configured only through environment variables. Killed when disposed.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly List<string> output;

    private readonly string? apiKey;

    private ServerProcess(Process process, Uri address, List<string> output, string? apiKey)
    {
        this.process = process;
        this.output = output;
        this.apiKey = apiKey;
        Address = address;
    }

    public Uri Address { get; }

    public string Output
    {
        get { lock (output) { return string.Join('\n', output); } }
    }

    public static async Task<ServerProcess> StartAsync(string workingDirectory, IDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "LetterTracker.Api.dll")])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        // The test apps' admin key, unless the environment given sets another (or "" for none).
        start.Environment["Auth__BootstrapAdminKey"] = LetterTrackerApp.AdminKey;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        // Written by the output-reading threads for the server's whole life, read under the same lock.
        var lines = new List<string>();
        void Collect(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (lines)
            {
                lines.Add(line);
            }

            if (ListeningOn().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        }

        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _ = process.WaitForExitAsync().ContinueWith(_ =>
        {
            lock (lines)
            {
                listening.TrySetException(new InvalidOperationException("The server exited before listening:\n" + string.Join('\n', lines)));
            }
        }, TaskScheduler.Default);

        try
        {
            var address = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
            return new ServerProcess(process, address, lines, start.Environment["Auth__BootstrapAdminKey"]);
        }
        catch (TimeoutException)
        {
            // Not left running behind the failed test.
            process.Kill(entireProcessTree: true);
            throw;
        }
    }

    /// <summary>A client sending the bootstrap admin key, if the server has one.</summary>
    public HttpClient CreateClient()
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        if (apiKey is { Length: > 0 })
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
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

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();
}
