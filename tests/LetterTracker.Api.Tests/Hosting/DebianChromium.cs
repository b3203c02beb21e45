using LetterTracker.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LetterTracker.Api.Tests.Hosting;

/// <summary>
/// Debian's chromium package, which Playwright drives (Playwright's own browser download cannot work on
/// these machines). .ci/run installs it; a developer installs it with apt-get install chromium.
/// </summary>
public static class DebianChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>
    /// Headless, and without anything that reaches out to the network on its own: on a closed network
    /// chromium otherwise stalls waiting for it. Playwright gives each launch a fresh, temporary user
    /// data directory and removes it on close.
    /// </summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
        ],
        // An upper bound for a loaded machine, not an expected duration.
        Timeout = 180_000,
    });
}

/// <summary>
/// A test that drives chromium. Where it is not installed the test is skipped on a developer's machine,
/// but never in CI (CI=true): there it runs and fails, so a browser that was not installed cannot pass
/// as green.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!DebianChromium.IsInstalled && !ContinuousIntegration.IsRunning)
        {
            Skip = $"Chromium is not installed at {DebianChromium.ExecutablePath}: apt-get install chromium to run the browser tests (.ci/run installs it).";
        }
    }
}
