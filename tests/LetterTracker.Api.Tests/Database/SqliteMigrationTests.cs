using LetterTracker.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Database;

public sealed class SqliteMigrationTests
{
    [Fact]
    public async Task An_empty_database_migrates_from_zero_to_the_current_model()
    {
        await using var connection = await OpenInMemoryAsync();
        await using var db = Context(connection);

        Assert.Empty(await db.Database.GetAppliedMigrationsAsync());
        await db.Database.MigrateAsync();

        var all = db.Database.GetMigrations().ToList();
        Assert.NotEmpty(all);
        Assert.Equal(all, await db.Database.GetAppliedMigrationsAsync());
        // The schema really is there: every entity's table can be queried.
        Assert.Equal(0, await db.Letters.CountAsync());
        Assert.Equal(0, await db.DispatchEvents.CountAsync());
        Assert.Equal(0, await db.AppliedSeeds.CountAsync());
    }

    [Fact]
    public void The_sqlite_migrations_cover_the_whole_model()
    {
        var options = new DbContextOptionsBuilder<LetterTrackerDbContext>();
        options.UseLetterTrackerDatabase(DatabaseProvider.Sqlite, "Data Source=:memory:");
        using var db = new LetterTrackerDbContext(options.Options);
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no SQLite migration covers: run scripts/add-migration.sh NAME");
    }

    [Fact]
    public async Task Every_counter_table_keeps_its_rows_in_its_keys_order()
    {
        // WITHOUT ROWID (migration CountersClusteredByKey): a page of statistics reads each recipient's
        // counters as a run of adjacent rows, not one scattered table page per row. EF Core does not know
        // of it, so a migration that rebuilt one of these tables would lose it: this fails then.
        await using var connection = await OpenInMemoryAsync();
        await using var db = Context(connection);
        await db.Database.MigrateAsync();

        var counters = db.Model.GetEntityTypes()
            .Where(e => e.ClrType.Name.EndsWith("Tally", StringComparison.Ordinal) || e.ClrType.Name.EndsWith("Total", StringComparison.Ordinal))
            .Select(e => e.GetTableName()!).Order().ToList();
        Assert.Contains("ReplyDelayTallies", counters);
        await using var list = connection.CreateCommand();
        list.CommandText = "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND wr ORDER BY name";
        var withoutRowid = new List<string>();
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                withoutRowid.Add(reader.GetString(0));
            }
        }

        Assert.Equal(counters, withoutRowid);
    }

    /// <summary>An in-memory database, which lives as long as this connection stays open.</summary>
    private static async Task<SqliteConnection> OpenInMemoryAsync()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        return connection;
    }

    private static LetterTrackerDbContext Context(SqliteConnection connection)
    {
        var options = new DbContextOptionsBuilder<LetterTrackerDbContext>();
        options.UseLetterTrackerDatabase(DatabaseProvider.Sqlite, "Data Source=:memory:");
        options.UseSqlite(connection);
        return new LetterTrackerDbContext(options.Options);
    }
}
