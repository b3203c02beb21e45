using System.Runtime.CompilerServices;
using LetterTracker.Data;

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

    /// <summary>
    /// SQLite in the mode the app runs it in (multi-thread, memory statistics off), which it takes only
    /// before its first connection: test helpers open connections (an in-memory database's keep-alive)
    /// before any app starts, and the suite would otherwise test the serialized mode instead.
    /// </summary>
    [ModuleInitializer]
    internal static void SqliteAsTheAppRunsIt()
    {
        if (!SqliteLibrarySettings.Apply())
        {
            throw new InvalidOperationException("SQLite was in use before the test process could set its threading mode.");
        }
    }
}
