using System.Net;
using LetterTracker.Api.Tests.Database;
using LetterTracker.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Features.Audit;

/// <summary>The audit trail and restore over PostgreSQL: instants in microseconds, uuid order, join rows restored.</summary>
public sealed class AuditPostgresTests
{
    [PostgresFact]
    public async Task Writes_are_recorded_paged_newest_first_and_a_deleted_letter_is_restored()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var app = new LetterTrackerApp(seed: false, settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:LetterTracker"] = database.ConnectionString,
        });
        // Ticks PostgreSQL cannot keep (it stores microseconds): cursors must still continue where pages end.
        app.Clock.Now = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero).AddTicks(1234567);
        using var client = app.CreateClient();

        var signatory = (await client.CreateAsync("/api/organisations", new { name = "Prague Azerbaijani Culture House", kind = "diasporaOrganisation" })).Str("id");
        var letter = (await client.CreateAsync("/api/letters", new { subject = "Protest", status = "draft", demands = new[] { "clear the mines" }, signatoryIds = new[] { signatory } })).Str("id");
        var asItWas = await client.GetObjectAsync($"/api/letters/{letter}");
        app.Clock.Advance(TimeSpan.FromTicks(7));
        using (var deleted = await client.DeleteAsync($"/api/letters/{letter}", "\"1\""))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        var deletion = (await client.HistoryAsync("letters", letter))[0];
        Auditing.Is(
            $$"""{"subject":"Protest","summary":null,"body":null,"language":null,"demands":["clear the mines"],"sentOn":null,"sentFrom":null,"sentTo":null,"status":"draft","signatoryIds":["{{signatory}}"],"incidentIds":[],"casualtyFigureIds":[],"recipientIds":[],"version":1}""",
            deletion["before"]);
        using var restored = await client.PostAsync($"/api/audit/{deletion.Str("id")}/restore", null);
        Assert.Equal(HttpStatusCode.Created, restored.StatusCode);
        Assert.Equal("\"2\"", restored.Headers.ETag?.ToString());
        var asRestored = await client.GetObjectAsync($"/api/letters/{letter}");
        Assert.Equal(asItWas["signatoryIds"]!.ToJsonString(), asRestored["signatoryIds"]!.ToJsonString());
        Assert.Equal(asItWas["demands"]!.ToJsonString(), asRestored["demands"]!.ToJsonString());

        var all = await client.GetAllAsync("/api/audit");
        Assert.Equal(["restore", "delete", "create", "create", "create"], all.Select(e => e.Str("action")));
        Assert.Equal(["letters", "letters", "letters", "organisations", "api-keys"], all.Select(e => e.Str("resource")));
        // The bootstrap key, created as the app started, by no key.
        Assert.Equal(("server start-up (Auth:BootstrapAdminKey)", null), (all[^1].Str("apiKeyName"), all[^1].StrOrNull("apiKeyId")));
        var paged = await client.GetAllAsync("/api/audit", limit: 1);
        Assert.Equal(all.Select(e => e.Str("id")), paged.Select(e => e.Str("id")));
    }

    [PostgresFact]
    public async Task Versions_go_on_across_delete_and_restore_also_from_a_delete_entry_without_one()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var app = new LetterTrackerApp(seed: false, settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:LetterTracker"] = database.ConnectionString,
        });
        using var client = app.CreateClient();
        var id = (await client.CreateAsync("/api/organisations", new { name = "Versioned on PostgreSQL", kind = "other" })).Str("id");
        var url = $"/api/organisations/{id}";
        using (var updated = await client.PatchJsonAsync(url, new { city = "Baku" }, "\"1\""))
        {
            Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        }

        using (var deleted = await client.DeleteAsync(url, "\"2\""))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        var deletion = (await client.HistoryAsync("organisations", id))[0].Str("id");
        using (var restored = await client.PostAsync($"/api/audit/{deletion}/restore", null))
        {
            Assert.Equal("\"3\"", restored.Headers.ETag?.ToString());
        }

        foreach (var stale in new[] { "\"1\"", "\"2\"" })
        {
            using var refused = await client.PutJsonAsync(url, new { name = "Versioned on PostgreSQL", kind = "other" }, stale);
            Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        }

        using (var replaced = await client.PutJsonAsync(url, new { name = "Versioned on PostgreSQL", kind = "other" }, "\"3\""))
        {
            Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        }

        // Deleted again, its entry then rewritten as deletes wrote them before they recorded the version.
        using (var deleted = await client.DeleteAsync(url, "\"4\""))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        var oldStyle = Guid.Parse((await client.HistoryAsync("organisations", id))[0].Str("id"));
        await app.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.SingleAsync(e => e.Id == oldStyle);
            var shape = System.Text.Json.Nodes.JsonNode.Parse(entry.Before!)!.AsObject();
            shape.Remove("version");
            entry.Before = shape.ToJsonString();
            await db.SaveChangesAsync();
        });
        var entries = await app.WithDbAsync(db => db.AuditEntries.LongCountAsync());
        using (var restored = await client.PostAsync($"/api/audit/{oldStyle}/restore", null))
        {
            Assert.Equal(HttpStatusCode.Created, restored.StatusCode);
            Assert.Equal($"\"{entries + 1}\"", restored.Headers.ETag?.ToString());
        }

        Assert.True(entries + 1 > 4);
        using var stalePut = await client.PutJsonAsync(url, new { name = "Versioned on PostgreSQL", kind = "other" }, "\"4\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stalePut.StatusCode);
    }
}
