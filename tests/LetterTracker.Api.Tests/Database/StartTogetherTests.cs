using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LetterTracker.Api.Tests.Database;

/// <summary>
/// Three instances started at once on one database, new or some migrations behind: all three become
/// ready, every migration is applied once, and the seed exists once. Before the migration lock, two of
/// three died on PostgreSQL (42P07, 42701: two instances applying the same migration).
/// </summary>
public sealed class StartTogetherTests : IDisposable
{
    private const int Instances = 3;
    private const int MigrationsBehind = 4;

    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("lettertracker-start-together-");

    [PostgresFact]
    public async Task Three_instances_start_together_on_a_new_postgres_database()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await StartTogetherAsync(Postgres(database));
    }

    [PostgresFact]
    public async Task Three_instances_start_together_on_a_postgres_database_some_migrations_behind()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using (var db = database.CreateContext())
        {
            await MigrateBehindAsync(db);
        }

        await StartTogetherAsync(Postgres(database));
    }

    [Fact]
    public async Task Three_instances_start_together_on_a_new_sqlite_file()
    {
        await StartTogetherAsync(Sqlite());
    }

    [Fact]
    public async Task Three_instances_start_together_on_a_sqlite_file_some_migrations_behind()
    {
        var settings = Sqlite();
        var options = new DbContextOptionsBuilder<LetterTrackerDbContext>();
        options.UseLetterTrackerDatabase(DatabaseProvider.Sqlite, settings["ConnectionStrings:LetterTracker"]!);
        await using (var db = new LetterTrackerDbContext(options.Options))
        {
            await MigrateBehindAsync(db);
        }

        await StartTogetherAsync(settings);
    }

    private static Dictionary<string, string?> Postgres(PostgresTestDatabase database) => new()
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:LetterTracker"] = database.ConnectionString,
    };

    private Dictionary<string, string?> Sqlite() => new()
    {
        ["Database:Provider"] = "Sqlite",
        // Pooling off: each test host's connections are its own, as another process's would be.
        ["ConnectionStrings:LetterTracker"] = $"Data Source={Path.Combine(directory.FullName, "lettertracker.db")};Pooling=False",
    };

    /// <summary>Every migration but the last few, as an older build left the database (no seed: an older build's seed would not fit today's model).</summary>
    private static async Task MigrateBehindAsync(LetterTrackerDbContext db)
    {
        var all = db.Database.GetMigrations().ToList();
        await db.GetService<IMigrator>().MigrateAsync(all[^(MigrationsBehind + 1)]);
        Assert.Equal(all.Count - MigrationsBehind, (await db.Database.GetAppliedMigrationsAsync()).Count());
    }

    private static async Task StartTogetherAsync(Dictionary<string, string?> settings)
    {
        var apps = Enumerable.Range(0, Instances).Select(_ => new LetterTrackerApp(settings: settings)).ToList();
        try
        {
            // Each host migrates and seeds as it starts, all three at once.
            using var start = new Barrier(Instances);
            var clients = await Task.WhenAll(apps.Select(app => Task.Run(() =>
            {
                start.SignalAndWait();
                return app.CreateClient();
            })));

            foreach (var client in clients)
            {
                using var ready = await client.GetAsync("/health/ready");
                Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
                client.Dispose();
            }

            await apps[0].WithDbAsync(async db =>
            {
                Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
                // The seed, once: its record, and the one letter, two sources and 16 recipients it writes.
                Assert.Equal(1, await db.AppliedSeeds.CountAsync());
                Assert.Equal(1, await db.Letters.CountAsync());
                Assert.Equal(2, await db.Sources.CountAsync());
                Assert.Equal(16, await db.Recipients.CountAsync());
                Assert.Equal(13, await db.Dispatches.CountAsync());
            });
        }
        finally
        {
            foreach (var app in apps)
            {
                await app.DisposeAsync();
            }
        }
    }

    public void Dispose() => directory.Delete(recursive: true);
}
