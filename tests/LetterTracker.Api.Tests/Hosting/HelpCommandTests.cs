using LetterTracker.Api.Hosting;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Hosting;

/// <summary>`--help`, run as a user runs it: the real app, which must print its usage and not start.</summary>
public sealed class HelpCommandTests : IDisposable
{
    private readonly DirectoryInfo workingDirectory = Directory.CreateTempSubdirectory("lettertracker-help-");

    private string DatabaseFile => Path.Combine(workingDirectory.FullName, "help.db");

    // Were the server to start after all, this is the database it would create.
    private Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] arguments) => AppCommand.RunAsync(
        workingDirectory,
        new Dictionary<string, string>
        {
            ["ConnectionStrings__LetterTracker"] = $"Data Source={DatabaseFile}",
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        },
        arguments);

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task It_prints_the_usage_to_stdout_and_exits_0_without_starting(string option)
    {
        var (exitCode, output, errors) = await RunAsync(option);

        Assert.True(exitCode == 0, errors);
        Assert.Equal(HelpCommand.Usage + Environment.NewLine, output);
        Assert.Equal("", errors);
        Assert.Contains("create-key --role reader|editor|admin --name", output);
        Assert.Contains("probe URL", output);
        Assert.Contains("migrate\n", output.ReplaceLineEndings("\n"));
        foreach (var setting in new[] { "ASPNETCORE_URLS", "ConnectionStrings__LetterTracker", "Database__Provider", "Auth__BootstrapAdminKey" })
        {
            Assert.Contains(setting, output);
        }

        Assert.False(File.Exists(DatabaseFile));
    }

    [Theory]
    [InlineData("probe")]
    [InlineData("creat-key", "--role", "admin")]
    public async Task A_mistyped_command_prints_the_usage_to_stderr_and_exits_2_without_starting(params string[] arguments)
    {
        var (exitCode, output, errors) = await RunAsync(arguments);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith($"Unknown command, or wrong arguments: {string.Join(' ', arguments)}", errors);
        Assert.Contains(HelpCommand.Usage, errors);
        Assert.False(File.Exists(DatabaseFile));
    }

    public void Dispose() => workingDirectory.Delete(recursive: true);
}
