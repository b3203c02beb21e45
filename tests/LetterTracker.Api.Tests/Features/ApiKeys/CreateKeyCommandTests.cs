using System.Net;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Features.ApiKeys;

/// <summary>`create-key`, run as an operator runs it: the real app, on a SQLite file.</summary>
public sealed class CreateKeyCommandTests : IDisposable
{
    private readonly DirectoryInfo workingDirectory = Directory.CreateTempSubdirectory("lettertracker-create-key-");

    private string DatabaseFile => Path.Combine(workingDirectory.FullName, "keys.db");

    private Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] arguments) => AppCommand.RunAsync(
        workingDirectory,
        new Dictionary<string, string>
        {
            ["ConnectionStrings__LetterTracker"] = $"Data Source={DatabaseFile}",
            ["Logging__Console__FormatterName"] = "simple",
        },
        arguments);

    [Fact]
    public async Task It_migrates_the_database_creates_the_key_and_prints_its_secret_alone()
    {
        var (exitCode, output, errors) = await RunAsync("create-key", "--role", "admin", "--name", "Ops laptop");

        Assert.True(exitCode == 0, errors);
        var secret = output.TrimEnd();
        Assert.Matches("^lt_[A-Za-z0-9_-]{43}$", secret);
        Assert.Equal(secret + Environment.NewLine, output);
        Assert.Contains("Created the admin key 'Ops laptop'", errors);

        const string Bootstrap = "a-bootstrap-key-the-log-must-not-show";
        await using var server = await ServerProcess.StartAsync(workingDirectory.FullName, new Dictionary<string, string>
        {
            ["ConnectionStrings__LetterTracker"] = $"Data Source={DatabaseFile}",
            ["Database__SeedOnStartup"] = "false",
            ["Auth__BootstrapAdminKey"] = Bootstrap,
        });
        using var client = new HttpClient { BaseAddress = server.Address };
        using (var anonymous = await client.GetAsync("/api/api-keys"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        client.DefaultRequestHeaders.Add("X-Api-Key", secret);
        var keys = await client.GetAllAsync("/api/api-keys");
        Assert.Equal(["Ops laptop", "Bootstrap admin key (Auth:BootstrapAdminKey)"], keys.Select(k => k.Str("name")));
        Assert.Equal(["admin", "admin"], keys.Select(k => k.Str("role")));
        Assert.Equal(secret[..10], keys[0].Str("secretPrefix"));

        Assert.Contains("Bootstrap admin key", server.Output);
        Assert.DoesNotContain(Bootstrap, server.Output);
        Assert.DoesNotContain(secret, server.Output);
    }

    [Fact]
    public async Task With_JSON_logs_as_in_production_the_secret_is_still_alone_on_stdout()
    {
        // No log format set: the app's own choice for Production, JSON lines, all of them on stderr.
        var (exitCode, output, errors) = await AppCommand.RunAsync(
            workingDirectory,
            new Dictionary<string, string> { ["ConnectionStrings__LetterTracker"] = $"Data Source={DatabaseFile}" },
            "create-key", "--role", "editor", "--name", "Deploy script");

        Assert.True(exitCode == 0, errors);
        Assert.Matches("^lt_[A-Za-z0-9_-]{43}\n$", output.ReplaceLineEndings("\n"));
        var logLines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => line.StartsWith('{')).ToList();
        Assert.Contains(logLines, line => line.Contains("Applying migration", StringComparison.Ordinal));
        Assert.All(logLines, line => Assert.Equal("Information", System.Text.Json.Nodes.JsonNode.Parse(line)!.Str("LogLevel")));
        Assert.Contains("Created the editor key 'Deploy script'", errors);
    }

    [Theory]
    [InlineData("create-key --role admin")]
    [InlineData("create-key --role owner --name Ops")]
    [InlineData("create-key --role admin --name Ops --force")]
    public async Task A_usage_error_exits_2_and_touches_no_database(string command)
    {
        var (exitCode, output, errors) = await RunAsync(command.Split(' '));

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains("Usage: create-key --role reader|editor|admin --name \"who holds the key\"", errors);
        Assert.False(File.Exists(DatabaseFile));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        workingDirectory.Delete(recursive: true);
    }
}
