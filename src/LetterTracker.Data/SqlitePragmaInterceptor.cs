using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace LetterTracker.Data;

/// <summary>
/// WAL lets readers run beside the one writer; synchronous=NORMAL is durable across process crashes
/// in WAL mode and avoids an fsync per commit; busy_timeout makes a blocked writer wait, not fail.
/// temp_store=MEMORY keeps statement journals in memory: each INSERT into Dispatches (its triggers and
/// foreign keys make it one that may fail halfway) journals the pages it changes so it can be undone
/// alone, and on disk that was a temporary file written page by page, about as many bytes again as
/// the WAL (~1 MB per letter created with 10 recipients at 1M dispatches).
/// The last three are settings of the physical connection (WAL is even stored in the file), and
/// Microsoft.Data.Sqlite pools physical connections: so they are set once per physical connection,
/// the first time it opens, not on every pooled open (that was one extra statement per query).
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public static readonly SqlitePragmaInterceptor Instance = new();

    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA temp_store=MEMORY;";

    // Keyed on the native handle, which the pool hands out again and again; weak, so a handle the
    // pool closes leaves no entry behind.
    private static readonly ConditionalWeakTable<sqlite3, object> Initialised = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (NeedsPragmas(connection, out var handle))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            Remember(handle);
        }
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (NeedsPragmas(connection, out var handle))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Remember(handle);
        }
    }

    /// <summary>Whether the connection's pragmas have been set (not when its open was cancelled before they ran).</summary>
    public static bool HasRun(SqliteConnection connection) =>
        connection.Handle is { } handle && Initialised.TryGetValue(handle, out _);

    private static bool NeedsPragmas(DbConnection connection, out sqlite3? handle)
    {
        handle = (connection as SqliteConnection)?.Handle;
        return handle is null || !Initialised.TryGetValue(handle, out _);
    }

    private static void Remember(sqlite3? handle)
    {
        if (handle is not null)
        {
            Initialised.TryAdd(handle, Instance);
        }
    }
}
