using System.Diagnostics;

namespace LetterTracker.Api.Tests.Infrastructure;

/// <summary>The built app run as a command (create-key, --help, ...), as a user runs it, to its exit.</summary>
public static class AppCommand
{
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
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        try
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
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
