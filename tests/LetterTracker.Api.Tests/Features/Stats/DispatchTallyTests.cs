using System.Net;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LetterTracker.Api.Tests.Features.Stats;

/// <summary>DispatchTallies, kept by triggers, always equals a GROUP BY over Dispatches, whatever writes them.</summary>
public sealed class DispatchTallyTests
{
    [Fact]
    public async Task API_writes_keep_the_tallies_equal_to_the_dispatches()
    {
        using var app = new LetterTrackerApp(seed: false);
        app.Clock.Now = new DateTimeOffset(2025, 5, 15, 12, 0, 0, TimeSpan.Zero);
        using var client = app.CreateClient();
        Task CheckAsync(string step) => app.WithDbAsync(db => TallyAssert.MatchesDispatchesAsync(db, step));

        var recipients = new List<string>();
        foreach (var name in new[] { "One", "Two", "Three", "Four" })
        {
            recipients.Add((await client.CreateAsync("/api/recipients", new { name, kind = "ngo" })).Str("id"));
        }

        var draft = await client.CreateAsync("/api/letters", new { subject = "Draft", status = "draft", recipientIds = recipients.Take(3) });
        await CheckAsync("a draft letter to three recipients");

        using (var removed = await client.PatchJsonAsync($"/api/letters/{draft.Str("id")}", new { recipientIds = recipients.Take(1) }, "\"1\""))
        {
            Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        }

        await CheckAsync("two recipients taken off the draft");

        var sent = await client.CreateAsync("/api/letters", new { subject = "Sent", status = "sent", sentOn = "2025-04-01", recipientIds = recipients.Take(2) });
        var dispatchTo = sent["dispatches"]!.AsArray().ToDictionary(d => d.Str("recipientId"), d => d.Str("id"));
        await CheckAsync("a sent letter to two recipients");

        var third = await client.CreateAsync("/api/dispatches", new { letterId = sent.Str("id"), recipientId = recipients[2] });
        await CheckAsync("a draft dispatch created directly");

        async Task EventAsync(string dispatch, object body, string step)
        {
            using var response = await client.PostJsonAsync($"/api/dispatches/{dispatch}/events", body);
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            await CheckAsync(step);
        }

        await EventAsync(third.Str("id"), new { type = "sent", at = "2025-04-02T09:00:00+00:00" }, "draft → sent");
        await EventAsync(third.Str("id"), new { type = "delivered", at = "2025-04-02T10:00:00+00:00" }, "sent → delivered");
        await EventAsync(third.Str("id"), new { type = "followUpSent", at = "2025-04-20T10:00:00+00:00" }, "a follow-up (no status change)");
        await EventAsync(third.Str("id"), new { type = "responded", at = "2025-04-21T10:00:00+00:00" }, "delivered → responded");
        await EventAsync(dispatchTo[recipients[0]], new { type = "acknowledged", at = "2025-04-03T10:00:00+00:00" }, "sent → acknowledged");
        await EventAsync(dispatchTo[recipients[1]],
            new { type = "referred", at = "2025-04-04T10:00:00+00:00", referredToRecipientId = recipients[3] }, "a referral opening a dispatch");

        var draftDispatch = Assert.Single((await client.GetObjectAsync($"/api/letters/{draft.Str("id")}"))["dispatches"]!.AsArray())!.Str("id");
        await EventAsync(draftDispatch, new { type = "closed", at = "2025-05-01T10:00:00+00:00" }, "a draft closed unsent");

        var extra = await client.CreateAsync("/api/dispatches", new { letterId = draft.Str("id"), recipientId = recipients[1] });
        using (var deleted = await client.DeleteAsync($"/api/dispatches/{extra.Str("id")}", "\"1\""))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        await CheckAsync("a dispatch deleted");

        // What the API shows: One acknowledged 1 + closed 1; Two referred 1; Three responded 1; Four sent 1 (the referral).
        var counts = (await client.GetAllAsync("/api/stats/recipients")).ToDictionary(
            i => i["recipient"].Str("name"), i => $"{i["dispatches"]} {i["open"]} {i["responded"]} {i["referred"]} {i["closed"]}");
        Assert.Equal(new Dictionary<string, string>
        {
            ["One"] = "2 1 0 0 1",
            ["Two"] = "1 0 0 1 0",
            ["Three"] = "1 0 1 0 0",
            ["Four"] = "1 1 0 0 0",
        }, counts);
    }

    [Fact]
    public async Task Raw_SQL_writes_keep_the_tallies_too()
    {
        using var app = new LetterTrackerApp();
        await app.WithDbAsync(async db =>
        {
            await TallyAssert.MatchesDispatchesAsync(db, "the seed");
            var first = await db.Dispatches.OrderBy(d => d.Id).Select(d => new { d.Id, d.RecipientId }).FirstAsync();
            // A body the letter did not go to (the seed has three: parents of the bodies written to).
            var other = await db.Recipients.Where(r => !r.Dispatches.Any()).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();

            await db.Database.ExecuteSqlRawAsync("""UPDATE "Dispatches" SET "Status" = 'Closed' WHERE "Status" = 'Sent' AND "Id" <> {0}""", first.Id);
            await TallyAssert.MatchesDispatchesAsync(db, "a bulk status update");
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Dispatches" SET "DueOn" = '2025-05-01'""");
            await TallyAssert.MatchesDispatchesAsync(db, "an update of another column");
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Dispatches" SET "RecipientId" = {0} WHERE "Id" = {1}""", other, first.Id);
            await TallyAssert.MatchesDispatchesAsync(db, "a change of recipient");
            var otherLetter = new Letter { Subject = "Another letter", Status = LetterStatus.Sent };
            db.Letters.Add(otherLetter);
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Dispatches" SET "LetterId" = {0} WHERE "Id" = {1}""", otherLetter.Id, first.Id);
            await TallyAssert.MatchesDispatchesAsync(db, "a move to another letter");
            await db.Database.ExecuteSqlRawAsync("""
                DELETE FROM "Citations" WHERE "DispatchId" = {0};
                DELETE FROM "Dispatches" WHERE "Id" = {0};
                """, first.Id);
            await TallyAssert.MatchesDispatchesAsync(db, "a delete");
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Letters" SET "Status" = 'Closed' WHERE "Id" IN (SELECT "Id" FROM "Letters" ORDER BY "Id" LIMIT 1)""");
            await TallyAssert.MatchesDispatchesAsync(db, "a letter closed");
            Assert.Equal(12, await db.DispatchTallies.SumAsync(t => t.Count));
        });
    }

    [Fact]
    public async Task The_seeded_tallies_count_13_sent_dispatches_one_per_addressee()
    {
        using var app = new LetterTrackerApp();
        var tallies = await app.WithDbAsync(db => db.DispatchTallies.Select(t => new { t.Status, t.Count }).ToListAsync());
        Assert.Equal(13, tallies.Count);
        Assert.All(tallies, t => Assert.Equal(("Sent", 1), (t.Status.ToString(), t.Count)));
    }

    [Fact]
    public async Task The_triggers_exist_after_every_migration()
    {
        // A migration that rebuilds Dispatches on SQLite drops its triggers; this says so.
        using var app = new LetterTrackerApp(seed: false);
        _ = app.Services; // starts the app, which migrates its database
        await using var connection = new SqliteConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Dispatches' AND name LIKE 'TR_Dispatches_%' ORDER BY name""";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        Assert.Equal([
            "TR_Dispatches_AwaitingDayDelete", "TR_Dispatches_AwaitingDayInsert", "TR_Dispatches_AwaitingDayUpdate",
            "TR_Dispatches_AwaitingDelete", "TR_Dispatches_AwaitingInsert",
            "TR_Dispatches_AwaitingTotalDelete", "TR_Dispatches_AwaitingTotalInsert", "TR_Dispatches_AwaitingTotalUpdate",
            "TR_Dispatches_AwaitingUpdate",
            "TR_Dispatches_LetterTallyDelete", "TR_Dispatches_LetterTallyInsert", "TR_Dispatches_LetterTallyUpdate",
            "TR_Dispatches_ReplyDelayDelete", "TR_Dispatches_ReplyDelayInsert", "TR_Dispatches_ReplyDelayUpdate",
            "TR_Dispatches_TallyDelete", "TR_Dispatches_TallyInsert", "TR_Dispatches_TallyUpdate"], names);
    }

    [Fact]
    public async Task Migrating_down_and_up_again_counts_the_existing_dispatches()
    {
        using var app = new LetterTrackerApp();
        await app.WithDbAsync(async db =>
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("20261122063927_DispatchTracking");
            Assert.Equal(0, await db.DispatchTallies.CountAsync());

            await migrator.MigrateAsync();
            Assert.Equal(13, await db.DispatchTallies.SumAsync(t => t.Count));
            await TallyAssert.MatchesDispatchesAsync(db, "migrating down and up again");
        });
    }
}
