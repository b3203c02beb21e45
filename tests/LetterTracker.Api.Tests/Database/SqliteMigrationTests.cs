using LetterTracker.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Database;

public sealed class SqliteMigrationTests
{
    [Fact]
    public async Task An_empty_database_migrates_from_zero_to_the_current_model()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<LetterTrackerDbContext>();
        options.UseLetterTrackerDatabase(DatabaseProvider.Sqlite, "Data Source=:memory:");
        options.UseSqlite(connection);
        await using var db = new LetterTrackerDbContext(options.Options);

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
}
