using System.Diagnostics;

namespace LetterTracker.Api.Tests.Infrastructure;

/// <summary>The built app run as a command (create-key, --help, ...), as a user runs it, to its exit.</summary>
public static class AppCommand
{
    /// <summary>How long a command (migrating a new database included) may take on a loaded machine: an upper bound, not an expectation.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromMinutes(5);

    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(
        DirectoryInfo workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "LetterTracker.Api.dll"), .. arguments])
        {
            WorkingDirectory = workingDirectory.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The test process's own environment name (none, or one a developer set) is not the command's.
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        try
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(Deadline);
            return (process.ExitCode, await output, await errors);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true); // A server that started instead of the command: not left running.
            }
        }
    }
}
