using System.Runtime.CompilerServices;

namespace LetterTracker.Api.Tests.Infrastructure;

internal static class TestProcessSettings
{
    /// <summary>
    /// Test hosts do not watch their settings files. Each watcher is an inotify instance, and Linux allows
    /// 128 per user (fs.inotify.max_user_instances), shared with every other process of that user: with
    /// hundreds of hosts started by the suite, host startup failed at random once the limit was reached.
    /// WebApplication.CreateBuilder reads this switch from DOTNET_ environment variables.
    /// </summary>
    [ModuleInitializer]
    internal static void DoNotWatchSettingsFiles() =>
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
