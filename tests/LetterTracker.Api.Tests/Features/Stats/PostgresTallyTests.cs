using System.Net;
using LetterTracker.Api.Tests.Database;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LetterTracker.Api.Tests.Features.Stats;

/// <summary>The PostgreSQL triggers keep DispatchTallies exact, with concurrent writers too.</summary>
public sealed class PostgresTallyTests
{
    [PostgresFact]
    public async Task The_triggers_keep_the_tallies_exact_on_postgres()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var app = new LetterTrackerApp(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:LetterTracker"] = database.ConnectionString,
        });
        app.Clock.Now = new DateTimeOffset(2025, 5, 15, 12, 0, 0, TimeSpan.Zero);
        using var client = app.CreateClient();
        Task CheckAsync(string step) => app.WithDbAsync(db => TallyAssert.MatchesDispatchesAsync(db, step));
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", await app.WithDbAsync(db => Task.FromResult(db.Database.ProviderName)));
        await CheckAsync("the seed");
        await app.WithDbAsync(async db =>
        {
            // Down drops the triggers, their function and changes table, and the counts; up counts again.
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("20261122063937_DispatchTracking");
            Assert.Equal(0, await db.DispatchTallies.CountAsync());
            await migrator.MigrateAsync();
            await TallyAssert.MatchesDispatchesAsync(db, "migrating down and up again");
        });
        await app.RestoreAdminKeyAsync(); // the way down dropped the API keys table, and the client's key with it
        Assert.Equal(13, (await client.GetObjectAsync("/api/stats/overview"))["dispatches"]!["byStatus"]!["sent"]!.GetValue<int>());

        // Twenty letters to the same two bodies at once: every upsert of the two counters lands.
        var first = (await client.CreateAsync("/api/recipients", new { name = "First", kind = "ngo" })).Str("id");
        var second = (await client.CreateAsync("/api/recipients", new { name = "Second", kind = "media" })).Str("id");
        var created = await Task.WhenAll(Enumerable.Range(1, 20).Select(async i =>
        {
            using var response = await client.PostJsonAsync("/api/letters",
                new { subject = $"Letter {i}", status = "sent", sentOn = "2025-04-01", recipientIds = new[] { first, second } });
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            return await response.ReadObjectAsync();
        }));
        await CheckAsync("twenty concurrent letters");

        // Twenty concurrent replies, each moving one of First's dispatches from sent to responded.
        var dispatches = created.Select(l => l["dispatches"]!.AsArray().Single(d => d.Str("recipientId") == first)!.Str("id")).ToList();
        await Task.WhenAll(dispatches.Select(async id =>
        {
            using var response = await client.PostJsonAsync($"/api/dispatches/{id}/events", new { type = "responded", at = "2025-04-08T10:00:00+00:00" });
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }));
        await CheckAsync("twenty concurrent replies");

        // First: 20 responded after 7 days each, of 20 sent.
        var stats = (await client.GetAllAsync("/api/stats/recipients")).Single(i => i["recipient"].Str("id") == first);
        Assert.Equal(20, stats["responded"]!.GetValue<int>());
        Assert.Equal(1m, stats["responseRate"]!.GetValue<decimal>());
        Assert.Equal(7m, stats["medianDaysToFirstReply"]!.GetValue<decimal>());

        var third = Guid.Parse((await client.CreateAsync("/api/recipients", new { name = "Third", kind = "ngo" })).Str("id"));
        await app.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Dispatches" SET "Status" = 'Closed' WHERE "Status" = 'Sent'""");
            await TallyAssert.MatchesDispatchesAsync(db, "a bulk status update");
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Dispatches" SET "RecipientId" = {0} WHERE "RecipientId" = {1}""", third, Guid.Parse(second));
            await TallyAssert.MatchesDispatchesAsync(db, "a change of recipient");
            var otherLetter = new Letter { Subject = "Another letter", Status = LetterStatus.Sent };
            db.Letters.Add(otherLetter);
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Dispatches" SET "LetterId" = {0} WHERE "Id" IN (SELECT "Id" FROM "Dispatches" ORDER BY "Id" LIMIT 1)""", otherLetter.Id);
            await TallyAssert.MatchesDispatchesAsync(db, "a move to another letter");
            await db.Database.ExecuteSqlRawAsync("""
                DELETE FROM "DispatchEvents" WHERE "DispatchId" IN (SELECT "Id" FROM "Dispatches" WHERE "RecipientId" = {0});
                DELETE FROM "Dispatches" WHERE "RecipientId" = {0};
                """, Guid.Parse(first));
            await TallyAssert.MatchesDispatchesAsync(db, "a delete");
            await db.Database.ExecuteSqlRawAsync("""TRUNCATE "Dispatches" CASCADE""");
            Assert.Equal(0, await db.DispatchTallies.CountAsync());
            Assert.Equal(0, await db.AwaitingReplyDayTallies.CountAsync() + await db.AwaitingReplyTotals.CountAsync());
            Assert.Equal(0, await db.LetterDispatchTallies.CountAsync());
        });
    }
}
