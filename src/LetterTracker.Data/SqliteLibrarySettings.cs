using SQLitePCL;

namespace LetterTracker.Data;

/// <summary>
/// Process-wide SQLite settings, which SQLite takes only before its first connection (each call returns
/// SQLITE_MISUSE after that, as in a test process that hosts the app again: the settings then stay as
/// they were, which is only slower). Both are what SQLite's documentation advises for speed.
/// </summary>
public static class SqliteLibrarySettings
{
    private static readonly Lazy<bool> Applied = new(() =>
    {
        Batteries_V2.Init();
        // Memory statistics off. With them on, every allocation SQLite makes (hundreds per statement it
        // prepares) took one process-wide mutex to count the bytes; under concurrent requests the threads
        // queued on it, and a letter by id spent ~8% of its CPU waiting for and waking each other (futex
        // calls under sqlite3Malloc and sqlite3_free, perf at 100k letters). Nothing here reads them
        // (sqlite3_memory_used and the like).
        var memoryStatisticsOff = raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0) == raw.SQLITE_OK;
        // Multi-thread mode: no mutex around each call on a connection (every sqlite3_column_* of every
        // row took and released one: ~4% of a page of letters). A SqliteConnection, and EF Core's context
        // holding it, is used by one thread at a time anyway; SQLite's shared structures (page cache,
        // allocator, shared cache) keep their own mutexes in this mode.
        var multiThread = raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD) == raw.SQLITE_OK;
        return memoryStatisticsOff && multiThread;
    });

    /// <summary>
    /// Idempotent; effective when called before the process opens its first SQLite connection. Whether
    /// the settings are in force (false when SQLite was already in use: it then keeps its defaults).
    /// </summary>
    public static bool Apply() => Applied.Value;
}
