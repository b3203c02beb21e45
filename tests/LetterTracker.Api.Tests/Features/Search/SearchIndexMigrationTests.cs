using LetterTracker.Api.Features.Search;
using LetterTracker.Api.Tests.Database;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LetterTracker.Api.Tests.Features.Search;

/// <summary>The SearchIndex migration: its triggers survive later migrations, it reverts, and it indexes rows written before it.</summary>
public sealed class SearchIndexMigrationTests
{
    private static readonly string[] IndexedTables = ["Incidents", "Letters", "Organisations", "Recipients", "Sources"];

    [Fact]
    public async Task Every_indexed_table_keeps_its_triggers_through_all_migrations()
    {
        // A later migration that rebuilds a table (SQLite's way to alter a column) drops its triggers.
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = SqliteContext(connection);
        await db.Database.MigrateAsync();

        var triggers = await db.Database.SqlQuery<string>($"SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'SearchIndex%'").ToListAsync();
        Assert.Equal(
            IndexedTables.SelectMany(t => new[] { $"SearchIndex_{t}_Delete", $"SearchIndex_{t}_Insert", $"SearchIndex_{t}_Update" }).Order(StringComparer.Ordinal),
            triggers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Reverting_and_reapplying_indexes_rows_written_before_over_sqlite()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = SqliteContext(connection);
        await AssertRevertsAndBackfillsAsync(db);
    }

    [PostgresFact]
    public async Task Reverting_and_reapplying_indexes_rows_written_before_over_postgres()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        await AssertRevertsAndBackfillsAsync(db);
    }

    private static async Task AssertRevertsAndBackfillsAsync(LetterTrackerDbContext db)
    {
        var migrator = db.GetService<IMigrator>();
        var before = db.Database.GetMigrations().Single(m => m.EndsWith("_DispatchTracking", StringComparison.Ordinal));
        await db.Database.MigrateAsync();
        await migrator.MigrateAsync(before);
        Assert.DoesNotContain(await db.Database.GetAppliedMigrationsAsync(), m => m.EndsWith("_SearchIndex", StringComparison.Ordinal));

        // Written while there is no index: the migration's backfill must index it.
        var organisation = new Organisation { Name = "Lindqvist Mine Relief", Aliases = ["Föreningen Minröjning"], Kind = OrganisationKind.Other };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();

        await db.Database.MigrateAsync();
        Assert.Equal([organisation.Id], await db.Organisations
            .Where(o => SearchIndex.Matching(db, SearchType.Organisation, "foreningen minrojning").Contains(o.Id)).Select(o => o.Id).ToListAsync());
        Assert.Equal([organisation.Id], await SearchIndex.Matching(db, SearchType.Organisation, "LINDQVIST").ToListAsync());
    }

    private static LetterTrackerDbContext SqliteContext(SqliteConnection connection)
    {
        var options = new DbContextOptionsBuilder<LetterTrackerDbContext>();
        options.UseLetterTrackerDatabase(DatabaseProvider.Sqlite, "Data Source=:memory:");
        options.UseSqlite(connection);
        return new LetterTrackerDbContext(options.Options);
    }
}
