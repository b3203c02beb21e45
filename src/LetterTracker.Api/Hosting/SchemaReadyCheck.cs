using System.Data.Common;
using LetterTracker.Data;
using LetterTracker.Data.Migrating;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace LetterTracker.Api.Hosting;

/// <summary>
/// Ready only when the database has what the app needs: every migration of this build applied, and
/// the search index's tables and triggers present (a database upgraded from 4c78d99 had none and
/// answered every search with a 500 while it said Healthy). Cheap enough for every probe: one read
/// of the catalog (sqlite_master, pg_catalog); the migration history is read only until it is found
/// complete, since migrations are never taken back by a running app.
/// </summary>
public sealed class SchemaReadyCheck(IServiceScopeFactory scopes, IOptions<DatabaseSettings> settings) : IHealthCheck
{
    public const string Name = "schema";

    /// <summary>The tables whose writes the search index's triggers follow.</summary>
    private static readonly string[] IndexedTables = ["Letters", "Incidents", "Organisations", "Recipients", "Sources"];

    private volatile bool migrationsApplied;

    /// <summary>What search needs on SQLite: the FTS5 table, its row map, and three triggers per indexed table.</summary>
    public static IReadOnlyList<string> SqliteSearchObjects { get; } =
    [
        "table SearchIndex", "table SearchIndexRows",
        .. IndexedTables.SelectMany(t => new[] { "Insert", "Update", "Delete" }.Select(op => $"trigger SearchIndex_{t}_{op}")),
    ];

    /// <summary>What search needs on PostgreSQL: the table, its GIN index, the text function and configuration, a trigger per indexed table.</summary>
    public static IReadOnlyList<string> PostgresSearchObjects { get; } =
    [
        "table SearchIndex", "index IX_SearchIndex_Document", "function lettertracker_search_text",
        "text search configuration lettertracker_search",
        .. IndexedTables.Select(t => $"trigger SearchIndex_{t}"),
    ];

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LetterTrackerDbContext>();
        try
        {
            if (!migrationsApplied)
            {
                var pending = await DatabaseMigrator.PendingMigrationsAsync(db, cancellationToken);
                if (pending.Count > 0)
                {
                    return HealthCheckResult.Unhealthy(
                        $"{pending.Count} migration(s) not applied: {string.Join(", ", pending)}. Run this build's migrate command.");
                }

                migrationsApplied = true;
            }

            var missing = await MissingSearchObjectsAsync(db, settings.Value.Provider, cancellationToken);
            return missing.Count == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy(
                    $"The search index is incomplete, missing: {string.Join(", ", missing)}. See README, Upgrading: the RepairSearchIndex migration rebuilds it.");
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException)
        {
            // The database cannot be queried (on PostgreSQL the retrying strategy wraps the error in an
            // InvalidOperationException): the "database" check says so. No description, so nothing of
            // the exception reaches the open endpoint; the health check service logs it.
            return HealthCheckResult.Unhealthy(exception: e);
        }
    }

    /// <summary>The search index's objects the database lacks, by kind and name ("table SearchIndex").</summary>
    public static async Task<IReadOnlyList<string>> MissingSearchObjectsAsync(
        LetterTrackerDbContext db, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        var (expected, sql) = provider == DatabaseProvider.Postgres
            ? (PostgresSearchObjects, """
                SELECT 'table SearchIndex' AS "Value" WHERE to_regclass('"SearchIndex"') IS NOT NULL
                UNION ALL SELECT 'index IX_SearchIndex_Document' WHERE to_regclass('"IX_SearchIndex_Document"') IS NOT NULL
                UNION ALL SELECT 'function lettertracker_search_text' WHERE to_regprocedure('lettertracker_search_text(text)') IS NOT NULL
                UNION ALL SELECT 'text search configuration lettertracker_search' FROM pg_ts_config
                    WHERE cfgname = 'lettertracker_search' AND pg_ts_config_is_visible(oid)
                UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger
                    WHERE NOT tgisinternal AND tgname LIKE 'SearchIndex%' AND tgrelid IN (
                        to_regclass('"Letters"'), to_regclass('"Incidents"'), to_regclass('"Organisations"'),
                        to_regclass('"Recipients"'), to_regclass('"Sources"'))
                """)
            : (SqliteSearchObjects, """
                SELECT type || ' ' || name AS "Value" FROM sqlite_master
                WHERE (type = 'table' AND name IN ('SearchIndex', 'SearchIndexRows')) OR (type = 'trigger' AND name LIKE 'SearchIndex%')
                """);
        var present = await db.Database.SqlQueryRaw<string>(sql).ToListAsync(cancellationToken);
        return [.. expected.Except(present, StringComparer.Ordinal)];
    }
}
