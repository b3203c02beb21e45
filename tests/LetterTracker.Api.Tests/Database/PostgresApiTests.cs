using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Database;

/// <summary>The whole app over PostgreSQL: startup migrates and seeds, the endpoints read it back.</summary>
public sealed class PostgresApiTests
{
    [PostgresFact]
    public async Task The_app_migrates_seeds_and_serves_the_reports_over_postgres()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:LetterTracker"] = database.ConnectionString,
        };

        IReadOnlyDictionary<string, int> countsAfterFirstStart;
        await using (var app = new LetterTrackerApp(settings: settings))
        {
            using var client = app.CreateClient();
            await AssertRunsOnAsync(app, database);

            var letters = (await client.GetObjectAsync("/api/letters"))["items"]!.AsArray();
            var listed = Assert.Single(letters)!;
            Assert.Equal(13, listed["recipientCount"]!.GetValue<int>());
            var letter = await client.GetObjectAsync($"/api/letters/{listed.Str("id")}");
            Assert.Equal(13, letter["dispatches"]!.AsArray().Count);
            Assert.Equal(5, letter["signatories"]!.AsArray().Count);

            var sources = (await client.GetObjectAsync("/api/sources"))["items"]!.AsArray();
            var azernews = Assert.Single(sources, s => s.Str("attribution").StartsWith("Azernews", StringComparison.Ordinal))!;
            // The offset the report printed survives PostgreSQL (timestamptz alone would keep only the instant).
            Assert.Equal("2025-04-14T12:03:00+04:00", azernews.Str("publishedAt"));

            // Keyset paging over uuid ids: 16 recipients in pages of 5, each once, the same set as one big page.
            var pageSizes = new List<int>();
            var paged = new List<string>();
            string? cursor = null;
            do
            {
                var page = await client.GetObjectAsync("/api/recipients?limit=5" + (cursor is null ? "" : $"&cursor={cursor}"));
                var items = page["items"]!.AsArray();
                pageSizes.Add(items.Count);
                paged.AddRange(items.Select(i => i.Str("id")));
                cursor = page.StrOrNull("nextCursor");
                Assert.True(pageSizes.Count <= 10, "Paging does not end.");
            }
            while (cursor is not null);
            Assert.Equal(new[] { 5, 5, 5, 1 }, pageSizes);
            Assert.Equal(16, paged.Count);
            Assert.Equal(16, paged.Distinct().Count());
            var all = (await client.GetObjectAsync("/api/recipients?limit=200"))["items"]!.AsArray().Select(i => i.Str("id"));
            Assert.Equal(all, paged);

            countsAfterFirstStart = await app.WithDbAsync(CountRowsAsync);
            Assert.Equal(1, countsAfterFirstStart["AppliedSeeds"]);
            Assert.Equal(1, countsAfterFirstStart["Letters"]);
            Assert.Equal(13, countsAfterFirstStart["Dispatches"]);
            Assert.Equal(16, countsAfterFirstStart["Recipients"]);
        }

        // A second instance on the same database: migrations are already applied and the seed is
        // recorded, so it adds nothing.
        await using (var second = new LetterTrackerApp(settings: settings))
        {
            using var client = second.CreateClient();
            await AssertRunsOnAsync(second, database);
            Assert.Single((await client.GetObjectAsync("/api/letters"))["items"]!.AsArray());
            Assert.Equal(16, (await client.GetAllAsync("/api/recipients")).Count);
            Assert.Equal(countsAfterFirstStart, await second.WithDbAsync(CountRowsAsync));
        }
    }

    /// <summary>Guards against a silent fall-back to the factory's default SQLite database.</summary>
    private static Task AssertRunsOnAsync(LetterTrackerApp app, PostgresTestDatabase database) =>
        app.WithDbAsync(async db =>
        {
            Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
            Assert.Equal(database.Name, db.Database.GetDbConnection().Database);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        });

    private static async Task<IReadOnlyDictionary<string, int>> CountRowsAsync(LetterTrackerDbContext db) =>
        new SortedDictionary<string, int>
        {
            ["AppliedSeeds"] = await db.AppliedSeeds.CountAsync(),
            ["CasualtyFigures"] = await db.CasualtyFigures.CountAsync(),
            ["Citations"] = await db.Citations.CountAsync(),
            ["DispatchEvents"] = await db.DispatchEvents.CountAsync(),
            ["Dispatches"] = await db.Dispatches.CountAsync(),
            ["Incidents"] = await db.Incidents.CountAsync(),
            ["Letters"] = await db.Letters.CountAsync(),
            ["Organisations"] = await db.Organisations.CountAsync(),
            ["Recipients"] = await db.Recipients.CountAsync(),
            ["Sources"] = await db.Sources.CountAsync(),
        };
}
