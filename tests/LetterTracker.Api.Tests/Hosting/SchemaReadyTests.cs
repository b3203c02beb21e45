using System.Net;
using LetterTracker.Api.Hosting;
using LetterTracker.Api.Tests.Database;
using LetterTracker.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Hosting;

/// <summary>
/// /health/ready says 503 while the database lacks what the app needs (a migration, the search index),
/// naming what is missing, and 200 again once it is there.
/// </summary>
public sealed class SchemaReadyTests
{
    private const string Repair = "RepairSearchIndex";

    [Fact]
    public async Task Ready_names_pending_migrations_until_they_are_applied()
    {
        using var app = new LetterTrackerApp(seed: false, settings: new Dictionary<string, string?>
        {
            ["Database:MigrateOnStartup"] = "false",
            ["Auth:BootstrapAdminKey"] = "", // its table is not there yet
        });
        using var client = app.CreateClient(apiKey: null);

        var (status, body) = await ReadyAsync(client);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        var migrations = await app.WithDbAsync(db => Task.FromResult(db.Database.GetMigrations().ToList()));
        Assert.StartsWith("Unhealthy\n", body, StringComparison.Ordinal);
        Assert.Contains($"schema: {migrations.Count} migration(s) not applied: {string.Join(", ", migrations)}.", body, StringComparison.Ordinal);

        await DatabaseSetup.MigrateAsync(app.Services, migrate: true, seed: false);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await ReadyAsync(client));
    }

    [Fact]
    public async Task Ready_names_a_dropped_search_index_table_and_is_healthy_after_the_repair_over_sqlite()
    {
        using var app = new LetterTrackerApp(seed: false);
        await AssertRepairedAfterDropAsync(app, """DROP TABLE "SearchIndex";""", "table SearchIndex");
    }

    [Fact]
    public async Task Ready_names_a_dropped_search_index_trigger_over_sqlite()
    {
        using var app = new LetterTrackerApp(seed: false);
        await AssertRepairedAfterDropAsync(app, """DROP TRIGGER "SearchIndex_Recipients_Update";""", "trigger SearchIndex_Recipients_Update");
    }

    [PostgresFact]
    public async Task Ready_names_a_dropped_search_index_table_and_is_healthy_after_the_repair_over_postgres()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        using var app = new LetterTrackerApp(seed: false, settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:LetterTracker"] = database.ConnectionString,
        });
        // CASCADE: its trigger functions insert into it; the triggers stay and must be named too.
        await AssertRepairedAfterDropAsync(app, """DROP TABLE "SearchIndex" CASCADE; DROP TRIGGER "SearchIndex_Letters" ON "Letters";""",
            "table SearchIndex", "index IX_SearchIndex_Document", "trigger SearchIndex_Letters");
    }

    /// <summary>
    /// Ready, then broken by hand (sql) and 503 naming what is missing; the repair migration applied again
    /// (its history row removed, as on a database that never had it) makes it ready, and search works.
    /// </summary>
    private static async Task AssertRepairedAfterDropAsync(LetterTrackerApp app, string sql, params string[] missing)
    {
        using var client = app.CreateClient();
        var organisation = await client.CreateAsync("/api/organisations", new { name = "Readiness Repair Trust", kind = "other" });
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await ReadyAsync(client));

        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql));
        var (status, body) = await ReadyAsync(client);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.StartsWith("Unhealthy\nschema: The search index is incomplete, missing: ", body, StringComparison.Ordinal);
        foreach (var name in missing)
        {
            Assert.Contains(name, body, StringComparison.Ordinal);
        }

        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            $"""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" LIKE '%\_{Repair}' ESCAPE '\'"""));
        var outcome = await DatabaseSetup.MigrateAsync(app.Services, migrate: true, seed: false);
        Assert.EndsWith($"_{Repair}", Assert.Single(outcome.AppliedMigrations), StringComparison.Ordinal);

        Assert.Equal((HttpStatusCode.OK, "Healthy"), await ReadyAsync(client));
        var hits = (await client.GetObjectAsync("/api/search?q=readiness+repair&type=organisation"))["items"]!.AsArray();
        Assert.Equal(organisation.Str("id"), Assert.Single(hits)!["id"]!.GetValue<string>());
    }

    private static async Task<(HttpStatusCode Status, string Body)> ReadyAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health/ready");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
