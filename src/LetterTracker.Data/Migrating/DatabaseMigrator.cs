using System.Data.Common;
using LetterTracker.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace LetterTracker.Data.Migrating;

/// <summary>What a run did: the migrations it applied (in order), whether it seeded (null: not asked to), whether it waited for another migrator.</summary>
public sealed record MigrationOutcome(IReadOnlyList<string> AppliedMigrations, bool? Seeded, bool Waited);

/// <summary>
/// Brings a database up to date, pending migrations and then the seed, exactly once however many
/// instances start on it together: the work is done under <see cref="MigrationLock"/>, and whoever
/// gets the lock second finds nothing left. On a database already up to date it takes no lock and
/// builds no migrator: one read of the migration history (and one of the seed record).
/// </summary>
public static class DatabaseMigrator
{
    /// <summary>
    /// How long one command may run while migrating (requests keep the provider's default, 30 s): a
    /// migration that rebuilds a table or refills the search index (RepairSearchIndex) may take minutes
    /// on a large database, and a command cut off at 30 s would fail the whole migration.
    /// </summary>
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(30);

    public static async Task<MigrationOutcome> RunAsync(
        LetterTrackerDbContext db, DatabaseProvider provider, bool migrate, bool seed, TimeProvider clock, ILogger logger,
        CancellationToken cancellationToken = default)
    {
        if ((!migrate || (await PendingMigrationsAsync(db, cancellationToken)).Count == 0)
            && (!seed || await IsSeededAsync(db, cancellationToken)))
        {
            return new MigrationOutcome([], seed ? false : null, Waited: false);
        }

        var waited = false;
        await using var migrationLock = await MigrationLock.AcquireAsync(provider, db.Database.GetConnectionString()!, () =>
        {
            waited = true;
            logger.LogInformation("Another instance is migrating or seeding this database; waiting for it to finish.");
        }, cancellationToken);

        // What is left once the lock is ours: nothing, when another instance held it first.
        IReadOnlyList<string> applied = migrate ? await PendingMigrationsAsync(db, cancellationToken) : [];
        if (applied.Count > 0)
        {
            await ApplyMigrationsAsync(db, provider, cancellationToken);
        }

        bool? seeded = seed ? await ReportSeed.ApplyAsync(db, clock, cancellationToken) : null;
        return new MigrationOutcome(applied, seeded, waited);
    }

    /// <summary>
    /// The migrations this build has that the database has not applied, from one plain read of the
    /// history table (absent on a new database). Read outside EF's command logging, which would log a
    /// failed query as an error on every new database, and without EF's model diff (seconds of start-up).
    /// The readiness check reads it too.
    /// </summary>
    public static async Task<IReadOnlyList<string>> PendingMigrationsAsync(LetterTrackerDbContext db, CancellationToken cancellationToken)
    {
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"""SELECT "MigrationId" FROM "{HistoryRepository.DefaultTableName}" """;
            try
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    applied.Add(reader.GetString(0));
                }
            }
            catch (DbException)
            {
                // No history table: nothing applied yet. Anything else, MigrateAsync meets again and reports.
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return [.. db.Database.GetMigrations().Where(id => !applied.Contains(id))];
    }

    private static Task<bool> IsSeededAsync(LetterTrackerDbContext db, CancellationToken cancellationToken) =>
        db.AppliedSeeds.AnyAsync(s => s.Name == ReportSeed.Name, cancellationToken);

    private static async Task ApplyMigrationsAsync(LetterTrackerDbContext db, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        // A context of its own, as the app configures it (logging, interceptors), with SQLite's rebuilds
        // kept inside their migration's transaction.
        var options = new DbContextOptionsBuilder<LetterTrackerDbContext>((DbContextOptions<LetterTrackerDbContext>)db.GetService<IDbContextOptions>());
        if (provider == DatabaseProvider.Sqlite)
        {
            options.ReplaceService<IMigrationsSqlGenerator, SqliteMigrationsInOneTransaction>();
        }

        await using var migrating = new LetterTrackerDbContext(options.Options);
        migrating.Database.SetCommandTimeout(CommandTimeout);
        // EF reads the history before it creates the table, and logs that failed read on a new database
        // as an error: the table first, then.
        await migrating.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        if (provider != DatabaseProvider.Sqlite)
        {
            await migrating.Database.MigrateAsync(cancellationToken);
            return;
        }

        // One connection for the whole run, with foreign keys off: the pragma only takes effect outside a
        // transaction (see SqliteMigrationsInOneTransaction). SQLite's procedure for a table rebuild.
        await migrating.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await ExecuteAsync(migrating, "PRAGMA foreign_keys = 0", cancellationToken);
            try
            {
                // EF's own SQLite lock is a row that a killed migrator leaves behind, after which EF waits
                // forever. Any row there now is such a one: a live migrator would hold our lock.
                await ExecuteAsync(migrating, """DELETE FROM "__EFMigrationsLock";""", cancellationToken, ignoreMissingTable: true);
                await migrating.Database.MigrateAsync(cancellationToken);
                await using var check = migrating.Database.GetDbConnection().CreateCommand();
                check.CommandText = "PRAGMA foreign_key_check";
                check.CommandTimeout = (int)CommandTimeout.TotalSeconds;
                await using var violations = await check.ExecuteReaderAsync(cancellationToken);
                if (await violations.ReadAsync(cancellationToken))
                {
                    throw new InvalidOperationException(
                        $"After migrating, row {violations.GetValue(1)} of {violations.GetString(0)} refers to a missing row of {violations.GetString(2)}.");
                }
            }
            finally
            {
                // Back on before the pooled connection serves anything else.
                await ExecuteAsync(migrating, "PRAGMA foreign_keys = 1", CancellationToken.None);
            }
        }
        finally
        {
            await migrating.Database.CloseConnectionAsync();
        }
    }

    private static async Task ExecuteAsync(DbContext db, string sql, CancellationToken cancellationToken, bool ignoreMissingTable = false)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = (int)CommandTimeout.TotalSeconds;
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (DbException) when (ignoreMissingTable)
        {
            // A new database: EF has not made its lock table yet.
        }
    }
}
