using LetterTracker.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LetterTracker.Api.Tests.Database;

/// <summary>The PostgreSQL migrations: real, complete, and in step with the model.</summary>
public sealed class PostgresMigrationTests
{
    private const string NpgsqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>No server needed: a model change without a PostgreSQL migration fails here.</summary>
    [Fact]
    public void The_postgres_migrations_cover_the_model()
    {
        var options = new DbContextOptionsBuilder<LetterTrackerDbContext>();
        options.UseLetterTrackerDatabase(DatabaseProvider.Postgres, "Host=localhost;Database=lettertracker_model_check");
        using var db = new LetterTrackerDbContext(options.Options);

        Assert.Equal(NpgsqlProvider, db.Database.ProviderName);
        Assert.Equal("LetterTracker.Migrations.Postgres", db.GetService<IMigrationsAssembly>().Assembly.GetName().Name);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model has changes no PostgreSQL migration covers: run scripts/add-migration.sh NAME postgres.");
    }

    [PostgresFact]
    public async Task Migrating_an_empty_database_applies_every_migration()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        Assert.Equal(NpgsqlProvider, db.Database.ProviderName);
        Assert.Empty(await db.Database.GetAppliedMigrationsAsync());

        await db.Database.MigrateAsync();

        var all = db.Database.GetMigrations().ToList();
        Assert.NotEmpty(all);
        Assert.Equal(all, await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges());
        // The schema is there and empty: every table answers a query.
        Assert.Equal(0, await db.Letters.CountAsync());
        Assert.Equal(0, await db.Recipients.CountAsync());
        Assert.Equal(0, await db.AppliedSeeds.CountAsync());
    }
}
