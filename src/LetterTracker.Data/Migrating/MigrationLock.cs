using Microsoft.Data.Sqlite;
using Npgsql;

namespace LetterTracker.Data.Migrating;

/// <summary>
/// One migrator at a time per database, across processes: whoever holds this lock migrates and seeds;
/// the others wait, then find nothing left to do. Released on dispose, and by the database or the
/// operating system when the holding process dies, so a crash never leaves it taken.
/// </summary>
/// <remarks>
/// EF Core's own migration lock is not enough. On PostgreSQL it is `LOCK TABLE "__EFMigrationsHistory"`
/// inside the transaction of each migration: it is released at each migration's commit while EF keeps
/// the list of pending migrations it read at the first one, so a second instance takes the lock in
/// between and both apply the next migration (42P07, 42701). On SQLite it is a row in
/// `__EFMigrationsLock` that a killed process leaves behind, and then every later start waits forever.
/// Neither covers the seed.
/// </remarks>
public abstract class MigrationLock : IAsyncDisposable
{
    /// <summary>The key of the PostgreSQL session advisory lock ("LTMIGRAT"); advisory locks are per database.</summary>
    public const long PostgresKey = 0x4C544D4947524154;

    /// <summary>Takes the lock of this database, waiting as long as another process holds it; onWait is told once when it must wait.</summary>
    public static async Task<MigrationLock> AcquireAsync(
        DatabaseProvider provider, string connectionString, Action onWait, CancellationToken cancellationToken = default) => provider switch
    {
        DatabaseProvider.Postgres => await PostgresLock.AcquireAsync(connectionString, onWait, cancellationToken),
        DatabaseProvider.Sqlite => await SqliteLock.AcquireAsync(connectionString, onWait, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    public abstract ValueTask DisposeAsync();

    /// <summary>A session advisory lock, held by a connection of its own for as long as the work lasts.</summary>
    private sealed class PostgresLock(NpgsqlConnection connection) : MigrationLock
    {
        public static async Task<MigrationLock> AcquireAsync(string connectionString, Action onWait, CancellationToken cancellationToken)
        {
            var connection = new NpgsqlConnection(connectionString);
            try
            {
                await connection.OpenAsync(cancellationToken);
                if (!await ExecuteAsync(connection, "SELECT pg_try_advisory_lock(@key)", cancellationToken))
                {
                    onWait();
                    await ExecuteAsync(connection, "SELECT pg_advisory_lock(@key) IS NULL", cancellationToken);
                }

                return new PostgresLock(connection);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }

        public override async ValueTask DisposeAsync()
        {
            try
            {
                await ExecuteAsync(connection, "SELECT pg_advisory_unlock(@key)", CancellationToken.None);
            }
            finally
            {
                await connection.DisposeAsync(); // Ends the session, which would release the lock anyway.
            }
        }

        private static async Task<bool> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("key", PostgresKey);
            command.CommandTimeout = 0; // Waiting for another instance's migrations may take longer than a query should.
            return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
    }

    /// <summary>
    /// An exclusive lock on a file beside the database (`lettertracker.db-migrations.lock`), which the
    /// operating system drops with the process. An in-memory database belongs to one process: no lock.
    /// </summary>
    private sealed class SqliteLock(FileStream? file) : MigrationLock
    {
        public static async Task<MigrationLock> AcquireAsync(string connectionString, Action onWait, CancellationToken cancellationToken)
        {
            var builder = new SqliteConnectionStringBuilder(connectionString);
            if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:"
                || builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            {
                return new SqliteLock(null);
            }

            var path = Path.GetFullPath(builder.DataSource) + "-migrations.lock";
            var waited = false;
            while (true)
            {
                try
                {
                    // FileShare.None is an exclusive flock(2) on Unix and a share mode on Windows: a second
                    // opener, in this process or another, fails until the first closes it or exits.
                    return new SqliteLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
                }
                catch (IOException) when (File.Exists(path))
                {
                    if (!waited)
                    {
                        waited = true;
                        onWait();
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
                }
            }
        }

        public override ValueTask DisposeAsync() => file?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
