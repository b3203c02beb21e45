using System.Net;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Features.Audit;

/// <summary>Every write leaves exactly one audit entry, with the record's write shape before and after; a refused one leaves none.</summary>
public sealed class AuditTrailTests : IDisposable
{
    private readonly LetterTrackerApp app = new(seed: false);
    private readonly HttpClient client;

    public AuditTrailTests()
    {
        client = app.CreateClient();
        app.Clock.Now = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    }

    [Fact]
    public async Task Create_replace_patch_and_delete_each_leave_one_entry_with_exact_before_and_after()
    {
        var created = await client.CreateAsync("/api/organisations", new { name = "Azerbaijani Community of Berlin", kind = "diasporaOrganisation" });
        var id = created.Str("id");
        var url = $"/api/organisations/{id}";
        const string AsCreated = """{"name":"Azerbaijani Community of Berlin","aliases":[],"kind":"diasporaOrganisation","city":null,"country":null,"website":null,"email":null}""";
        var history = await client.HistoryAsync("organisations", id);
        Auditing.IsEntry(Assert.Single(history), "create", "organisations", id, null, AsCreated);
        Assert.Equal("2025-06-01T12:00:00+00:00", history[0].Str("at"));
        // Who: the key the test clients send, the bootstrap admin key.
        Assert.Equal((await app.WithDbAsync(db => db.ApiKeys.SingleAsync())).Id.ToString(), history[0].Str("apiKeyId"));
        Assert.Equal("Bootstrap admin key (Auth:BootstrapAdminKey)", history[0].Str("apiKeyName"));

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        using var replaced = await client.PutJsonAsync(url, new { name = "Azerbaijani Community of Berlin", aliases = new[] { "ACB" }, kind = "diasporaOrganisation", city = "Berlin" }, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        const string AsReplaced = """{"name":"Azerbaijani Community of Berlin","aliases":["ACB"],"kind":"diasporaOrganisation","city":"Berlin","country":null,"website":null,"email":null}""";
        history = await client.HistoryAsync("organisations", id);
        Assert.Equal(2, history.Count);
        Auditing.IsEntry(history[0], "update", "organisations", id, AsCreated, AsReplaced);
        Assert.Equal("2025-06-01T12:01:00+00:00", history[0].Str("at"));

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        using var patched = await client.PatchJsonAsync(url, new { country = "Germany", aliases = (string[]?)null }, "\"2\"");
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        const string AsPatched = """{"name":"Azerbaijani Community of Berlin","aliases":[],"kind":"diasporaOrganisation","city":"Berlin","country":"Germany","website":null,"email":null}""";
        history = await client.HistoryAsync("organisations", id);
        Assert.Equal(3, history.Count);
        Auditing.IsEntry(history[0], "update", "organisations", id, AsReplaced, AsPatched);

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        using var deleted = await client.DeleteAsync(url, "\"3\"");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        history = await client.HistoryAsync("organisations", id);
        Assert.Equal(["delete", "update", "update", "create"], history.Select(e => e.Str("action")));
        // A delete's before holds the version deleted too, which a restore goes on from.
        Auditing.IsEntry(history[0], "delete", "organisations", id, AsPatched.Replace("}", ",\"version\":3}", StringComparison.Ordinal), null);
        Assert.Equal("2025-06-01T12:03:00+00:00", history[0].Str("at"));
    }

    [Fact]
    public async Task Each_entry_names_the_key_the_write_was_made_with()
    {
        var (editorId, editorSecret) = await app.CreateApiKeyAsync(ApiKeyRole.Editor, "Berlin office laptop");
        using var editor = app.CreateClient(apiKey: editorSecret);
        var id = (await editor.CreateAsync("/api/organisations", new { name = "Written by an editor", kind = "other" })).Str("id");
        using (var deleted = await editor.DeleteAsync($"/api/organisations/{id}", "\"1\""))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        // The editor may read the trail, not restore from it: the admin (the bootstrap key) does.
        var deletion = (await editor.HistoryAsync("organisations", id))[0].Str("id");
        using (var refused = await editor.PostAsync($"/api/audit/{deletion}/restore", null))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using (var restored = await client.PostAsync($"/api/audit/{deletion}/restore", null))
        {
            Assert.Equal(HttpStatusCode.Created, restored.StatusCode);
        }

        var admin = await app.WithDbAsync(db => db.ApiKeys.SingleAsync(k => k.Role == ApiKeyRole.Admin));
        var history = await client.HistoryAsync("organisations", id);
        Assert.Equal(
            [
                ("restore", admin.Id.ToString(), admin.Name),
                ("delete", editorId.ToString(), "Berlin office laptop"),
                ("create", editorId.ToString(), "Berlin office laptop"),
            ],
            history.Select(e => (e.Str("action"), e.Str("apiKeyId"), e.Str("apiKeyName"))));
    }

    [Fact]
    public async Task A_letter_entry_holds_its_relations_by_id_also_on_delete()
    {
        var first = (await client.CreateAsync("/api/organisations", new { name = "Prague Azerbaijani Culture House", kind = "diasporaOrganisation" })).Str("id");
        var second = (await client.CreateAsync("/api/organisations", new { name = "Azerbaijani House in Vienna", kind = "diasporaOrganisation" })).Str("id");
        var figure = (await client.CreateAsync("/api/casualty-figures", new { description = "Killed or injured by mines since November 2020", measure = "killedOrInjured", value = 393, asOf = "2025-04-07" })).Str("id");
        var recipient = (await client.CreateAsync("/api/recipients", new { name = "UN Mine Action Service", kind = "unAgency" })).Str("id");
        var letter = await client.CreateAsync("/api/letters", new
        {
            subject = "Protest after the mine explosions",
            demands = new[] { "clear the mines" },
            status = "draft",
            signatoryIds = new[] { second, first },
            casualtyFigureIds = new[] { figure },
            recipientIds = new[] { recipient },
        });
        var id = letter.Str("id");
        var signatories = Ids(first, second);
        var asCreated = $$"""{"subject":"Protest after the mine explosions","summary":null,"body":null,"language":null,"demands":["clear the mines"],"sentOn":null,"sentFrom":null,"sentTo":null,"status":"draft","signatoryIds":{{signatories}},"incidentIds":[],"casualtyFigureIds":["{{figure}}"],"recipientIds":["{{recipient}}"]}""";
        Auditing.IsEntry(Assert.Single(await client.HistoryAsync("letters", id)), "create", "letters", id, null, asCreated);

        // Taking the recipient off (its draft dispatch goes), then deleting: the delete keeps the relations.
        using var patched = await client.PatchJsonAsync($"/api/letters/{id}", new { recipientIds = Array.Empty<string>() }, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var asPatched = asCreated.Replace($"\"recipientIds\":[\"{recipient}\"]", "\"recipientIds\":[]", StringComparison.Ordinal);
        using var deleted = await client.DeleteAsync($"/api/letters/{id}", "\"2\"");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        var history = await client.HistoryAsync("letters", id);
        Assert.Equal(3, history.Count);
        Auditing.IsEntry(history[1], "update", "letters", id, asCreated, asPatched);
        Auditing.IsEntry(history[0], "delete", "letters", id, asPatched.Replace("]}", "],\"version\":2}", StringComparison.Ordinal), null);
        // The dispatch that went with the recipient is in the letter's entry, not one of its own.
        Assert.Empty(await client.GetAllAsync("/api/audit?resource=dispatches"));
    }

    [Fact]
    public async Task A_recorded_event_leaves_one_entry_with_its_dispatch_and_a_replay_none()
    {
        var recipient = (await client.CreateAsync("/api/recipients", new { name = "OSCE", kind = "intergovernmental" })).Str("id");
        var letter = await client.CreateAsync("/api/letters", new { subject = "Event letter", status = "sent", sentOn = "2025-04-10", recipientIds = new[] { recipient } });
        var dispatch = letter["dispatches"]![0].Str("id");
        var delivered = new { type = "delivered", at = "2025-04-11T10:00:00+02:00", note = "By e-mail." };

        using var recorded = await client.PostJsonAsync($"/api/dispatches/{dispatch}/events", delivered, "event-once");
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var eventId = (await recorded.ReadObjectAsync()).Str("id");
        using var replayed = await client.PostJsonAsync($"/api/dispatches/{dispatch}/events", delivered, "event-once");
        Assert.Equal(HttpStatusCode.Created, replayed.StatusCode);

        var entries = await client.GetAllAsync("/api/audit?resource=dispatch-events");
        Auditing.IsEntry(
            Assert.Single(entries), "create", "dispatch-events", eventId, null,
            $$"""{"dispatchId":"{{dispatch}}","type":"delivered","at":"2025-04-11T10:00:00+02:00","note":"By e-mail.","responseSummary":null,"sourceId":null,"referredToRecipientId":null,"openDispatch":null}""");
        // The dispatch's status moved with the event; that is the event's entry, not a dispatch update.
        Assert.Empty(await client.GetAllAsync("/api/audit?resource=dispatches"));
    }

    [Fact]
    public async Task A_referral_records_the_dispatch_it_opens_as_created_by_the_same_key()
    {
        var (editorId, editorSecret) = await app.CreateApiKeyAsync(ApiKeyRole.Editor, "Referral desk");
        using var editor = app.CreateClient(apiKey: editorSecret);
        var recipient = (await client.CreateAsync("/api/recipients", new { name = "OSCE", kind = "intergovernmental" })).Str("id");
        var referredTo = (await client.CreateAsync("/api/recipients", new { name = "OSCE Minsk Group", kind = "intergovernmental" })).Str("id");
        var declined = (await client.CreateAsync("/api/recipients", new { name = "OSCE Secretariat", kind = "intergovernmental" })).Str("id");
        var letter = await client.CreateAsync("/api/letters", new { subject = "Referred letter", status = "sent", sentOn = "2025-04-10", recipientIds = new[] { recipient } });
        var dispatch = letter["dispatches"]![0].Str("id");
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        using var referral = await editor.PostJsonAsync($"/api/dispatches/{dispatch}/events", new { type = "referred", at = "2025-04-18T15:00:00+00:00", referredToRecipientId = referredTo });
        Assert.Equal(HttpStatusCode.Created, referral.StatusCode);
        var opened = (await referral.ReadObjectAsync()).Str("openedDispatchId");

        var history = await client.HistoryAsync("dispatches", opened);
        Auditing.IsEntry(
            Assert.Single(history), "create", "dispatches", opened, null,
            $$"""{"letterId":"{{letter.Str("id")}}","recipientId":"{{referredTo}}","channel":null,"sentAt":"2025-04-18T15:00:00+00:00","deliveryRef":null}""");
        Assert.Equal((editorId.ToString(), "Referral desk", "2025-06-01T12:01:00+00:00"), (history[0].Str("apiKeyId"), history[0].Str("apiKeyName"), history[0].Str("at")));
        // The event has its own entry, as any event; the dispatch it refers from none (its status is the event's).
        var eventEntry = Assert.Single(await client.GetAllAsync("/api/audit?resource=dispatch-events"));
        Assert.Equal(referredTo, eventEntry["after"].Str("referredToRecipientId"));
        Assert.Empty(await client.HistoryAsync("dispatches", dispatch));
        // The opened dispatch is a record like any: its history goes on from that entry.
        using (var changed = await client.PatchJsonAsync($"/api/dispatches/{opened}", new { channel = "email" }, "\"1\""))
        {
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        }

        Assert.Equal(["update", "create"], (await client.HistoryAsync("dispatches", opened)).Select(e => e.Str("action")));

        // A referral that opens no dispatch, and one refused (the letter already has a dispatch there), add no dispatch entry.
        var other = (await client.CreateAsync("/api/letters", new { subject = "Other letter", status = "sent", sentOn = "2025-04-10", recipientIds = new[] { recipient, declined } }))["dispatches"]!
            .AsArray().Single(d => d.Str("recipientId") == recipient).Str("id");
        using (var refused = await client.PostJsonAsync($"/api/dispatches/{other}/events", new { type = "referred", at = "2025-04-18T15:00:00+00:00", referredToRecipientId = declined }))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        }

        using (var recordedOnly = await client.PostJsonAsync($"/api/dispatches/{other}/events", new { type = "referred", at = "2025-04-18T15:00:00+00:00", referredToRecipientId = declined, openDispatch = false }))
        {
            Assert.Equal(HttpStatusCode.Created, recordedOnly.StatusCode);
        }

        Assert.Equal([opened, opened], (await client.GetAllAsync("/api/audit?resource=dispatches")).Select(e => e.Str("recordId")));
    }

    [Fact]
    public async Task A_refused_write_leaves_no_entry()
    {
        var organisation = (await client.CreateAsync("/api/organisations", new { name = "Signatory", kind = "other" })).Str("id");
        var letter = await client.CreateAsync("/api/letters", new { subject = "Draft", status = "draft", signatoryIds = new[] { organisation } });
        var dispatch = (await client.CreateAsync("/api/dispatches", new { letterId = letter.Str("id"), recipientId = (await client.CreateAsync("/api/recipients", new { name = "EEAS", kind = "euInstitution" })).Str("id") })).Str("id");
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        Assert.Equal(5, before); // the four creates and the bootstrap key's, made at start-up

        using var invalid = await client.PostJsonAsync("/api/organisations", new { name = "", kind = "other" });
        await invalid.AssertInvalidAsync("name");
        using var stale = await client.PutJsonAsync($"/api/organisations/{organisation}", new { name = "Renamed", kind = "other" }, "\"7\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        using var referenced = await client.DeleteAsync($"/api/organisations/{organisation}", "\"1\"");
        Assert.Equal(HttpStatusCode.Conflict, referenced.StatusCode);
        using var illegal = await client.PostJsonAsync($"/api/dispatches/{dispatch}/events", new { type = "delivered", at = "2025-05-01T10:00:00Z" });
        Assert.Equal(HttpStatusCode.Conflict, illegal.StatusCode);
        using var first = await client.PostJsonAsync("/api/organisations", new { name = "Keyed", kind = "other" }, "audit-key");
        using var reused = await client.PostJsonAsync("/api/organisations", new { name = "Other body", kind = "other" }, "audit-key");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);

        // Only the keyed create that went through is recorded.
        Assert.Equal(before + 1, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    /// <summary>A list of ids as the write shape holds it: in the order .NET sorts Guids.</summary>
    private static string Ids(params string[] ids) =>
        "[" + string.Join(",", ids.Select(Guid.Parse).Order().Select(g => $"\"{g}\"")) + "]";

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
    }
}
