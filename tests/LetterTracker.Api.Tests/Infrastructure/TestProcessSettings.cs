using System.Runtime.CompilerServices;
using LetterTracker.Data;

namespace LetterTracker.Api.Tests.Infrastructure;

internal static class TestProcessSettings
{
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
