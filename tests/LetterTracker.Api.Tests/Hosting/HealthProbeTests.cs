using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Hosting;

/// <summary>The container's HEALTHCHECK command, run as the Dockerfile runs it.</summary>
public sealed class HealthProbeTests : IDisposable
{
    private readonly DirectoryInfo workingDirectory = Directory.CreateTempSubdirectory("lettertracker-probe-");

    /// <summary>The probe run as the container runs it, to its exit (within <see cref="AppCommand.Deadline"/>, however loaded the machine).</summary>
    private async Task<int> ProbeAsync(string url) =>
        (await AppCommand.RunAsync(workingDirectory, new Dictionary<string, string>(), "probe", url)).ExitCode;

    /// <summary>
    /// The probe gives a server five seconds, as the container's health check does, and that budget stays
    /// the probe's. On a loaded machine a server's first answers can take longer, so the passing case is
    /// tried again until a generous deadline: a probe that never passes still fails the test, a slow
    /// machine does not. The failing cases fail whatever the load (a 404, a refused connection).
    /// </summary>
    private async Task<int> ProbeUntilPassingAsync(string url)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        int exitCode;
        while ((exitCode = await ProbeAsync(url)) != 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        return exitCode;
    }

    [Fact]
    public async Task The_probe_passes_on_a_ready_server_and_fails_when_nothing_answers()
    {
        await using (var server = await ServerProcess.StartAsync(workingDirectory.FullName, new Dictionary<string, string> { ["Database__SeedOnStartup"] = "false" }))
        {
            Assert.Equal(0, await ProbeUntilPassingAsync(new Uri(server.Address, "/health/ready").ToString()));
            Assert.Equal(1, await ProbeAsync(new Uri(server.Address, "/no-such-page").ToString()));
        }

        Assert.Equal(1, await ProbeAsync("http://127.0.0.1:9/health/ready"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        workingDirectory.Delete(recursive: true);
    }
}
