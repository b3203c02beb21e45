using SQLitePCL;

namespace LetterTracker.Data;

/// <summary>
/// Turns off SQLite's memory statistics (SQLITE_CONFIG_MEMSTATUS) for the process, before its first
/// connection. With them on, every allocation SQLite makes (hundreds per statement it prepares) takes
/// one process-wide mutex to count the bytes; under concurrent requests the threads queued on it, and
/// a letter by id spent ~8% of its CPU waiting for and waking each other (futex calls under
/// sqlite3Malloc and sqlite3_free, profiled at 100k letters). Nothing here reads the statistics
/// (sqlite3_memory_used and the like). SQLite's own guidance for speed is to build with them off.
/// </summary>
internal static class SqliteMemoryStatistics
{
    private static readonly Lazy<int> TurnedOff = new(() =>
    {
        Batteries_V2.Init();
        // SQLITE_MISUSE when SQLite is already initialised (a connection opened before this ran, as
        // in a test process that hosts the app again): the setting then stays as it was, which is
        // only slower.
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
    });

    /// <summary>Idempotent; effective when called before the process opens its first SQLite connection.</summary>
    public static void TurnOff() => _ = TurnedOff.Value;
}
