using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Features.Dispatches;

/// <summary>A dispatch's history over HTTP: events move its status forward only, and date its reply.</summary>
public sealed class DispatchLifecycleTests(DispatchLifecycleTests.App fixture) : IClassFixture<DispatchLifecycleTests.App>
{
    /// <summary>One unseeded app for the class; every test makes its own letter, recipients and dispatches.</summary>
    public sealed class App : IDisposable
    {
        public LetterTrackerApp Host { get; } = new(seed: false);

        public void Dispose() => Host.Dispose();
    }

    private readonly HttpClient client = fixture.Host.CreateClient();

    [Fact]
    public async Task A_dispatch_goes_from_draft_to_responded_through_its_events_and_they_read_back_in_order()
    {
        var (letter, recipient) = await ArrangeAsync(responseDays: 10);
        var dispatch = Assert.Single(letter["dispatches"]!.AsArray())!.Str("id");
        var url = $"/api/dispatches/{dispatch}";
        Assert.Equal("draft", (await client.GetObjectAsync(url)).Str("status"));

        // Sending a dispatch of a draft letter sends the letter, dated the day of the event.
        await PostEventAsync(dispatch, new { type = "sent", at = "2025-04-10T09:30:00+02:00" }, HttpStatusCode.Created);
        var sent = await client.GetObjectAsync(url);
        Assert.Equal("sent", sent.Str("status"));
        Assert.Equal("2025-04-10T07:30:00+00:00", sent.Str("sentAt"));
        Assert.Equal("2025-04-20", sent.Str("dueOn")); // 10 April + the recipient's 10 days
        var sentLetter = await client.GetObjectAsync($"/api/letters/{letter.Str("id")}");
        Assert.Equal(("sent", "2025-04-10"), (sentLetter.Str("status"), sentLetter.Str("sentOn")));

        await PostEventAsync(dispatch, new { type = "delivered", at = "2025-04-10T09:31:00+02:00", note = "Mail server receipt." }, HttpStatusCode.Created);
        await PostEventAsync(dispatch, new { type = "followUpSent", at = "2025-04-24T08:00:00+00:00" }, HttpStatusCode.Created);
        Assert.Equal("delivered", (await client.GetObjectAsync(url)).Str("status")); // a follow-up changes no status

        var acknowledged = await PostEventAsync(dispatch,
            new { type = "acknowledged", at = "2025-04-25T10:00:00+00:00", responseSummary = "Receipt confirmed." }, HttpStatusCode.Created);
        Assert.Equal("acknowledged", acknowledged.Str("type"));
        Assert.Equal("Receipt confirmed.", acknowledged.Str("responseSummary"));
        var afterReply = await client.GetObjectAsync(url);
        Assert.Equal("acknowledged", afterReply.Str("status"));
        Assert.Equal("2025-04-25T10:00:00+00:00", afterReply.Str("firstReplyAt"));
        Assert.Equal(15, afterReply["daysToFirstReply"]!.GetValue<int>()); // 10 → 25 April

        var source = await client.CreateAsync("/api/sources", new
        {
            attribution = "Reply received by e-mail",
            language = "en",
            fullText = "We have taken note of your letter.",
        });
        await PostEventAsync(dispatch, new { type = "note", at = "2025-04-26T09:00:00+00:00", note = "Phoned to confirm." }, HttpStatusCode.Created);
        var responded = await PostEventAsync(dispatch,
            new { type = "responded", at = "2025-04-30T12:05:00+00:00", responseSummary = "Took note of the letter.", sourceId = source.Str("id") },
            HttpStatusCode.Created);
        Assert.Equal(source.Str("id"), responded.Str("sourceId"));

        var final = await client.GetObjectAsync(url);
        Assert.Equal("responded", final.Str("status"));
        Assert.Equal("2025-04-25T10:00:00+00:00", final.Str("firstReplyAt")); // the first reply stays the first
        Assert.Equal(6, final["eventCount"]!.GetValue<int>());
        Assert.Equal(recipient, final.Str("recipientId"));
        // Its only dispatch has an outcome: the letter is closed with it.
        Assert.Equal("closed", (await client.GetObjectAsync($"/api/letters/{letter.Str("id")}")).Str("status"));

        var history = await client.GetAllAsync($"{url}/events");
        Assert.Equal(["sent", "delivered", "followUpSent", "acknowledged", "note", "responded"], history.Select(e => e.Str("type")));
        var eventUrl = $"{url}/events/{responded.Str("id")}";
        Assert.Equal("Took note of the letter.", (await client.GetObjectAsync(eventUrl)).Str("responseSummary"));

        // An outcome is final.
        var refused = await PostEventAsync(dispatch, new { type = "delivered", at = "2025-04-30T13:00:00+00:00" });
        var problem = await ConflictAsync(refused);
        Assert.Equal("responded", problem.Str("currentStatus"));
        Assert.Equal("delivered", problem.Str("requestedStatus"));
    }

    /// <summary>Which event types may be recorded on a dispatch in each status, written out independently of the code.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["draft"] = ["sent", "closed", "note"],
        ["sent"] = ["delivered", "acknowledged", "responded", "referred", "declined", "closed", "followUpSent", "note"],
        ["delivered"] = ["acknowledged", "responded", "referred", "declined", "closed", "followUpSent", "note"],
        ["acknowledged"] = ["responded", "referred", "declined", "closed", "followUpSent", "note"],
        ["responded"] = ["followUpSent", "note"],
        ["referred"] = ["followUpSent", "note"],
        ["declined"] = ["followUpSent", "note"],
        ["closed"] = ["note"],
    };

    /// <summary>The events that bring a new dispatch of a sent letter (created as a draft) to a status.</summary>
    private static readonly Dictionary<string, string[]> PathTo = new()
    {
        ["draft"] = [],
        ["sent"] = ["sent"],
        ["delivered"] = ["sent", "delivered"],
        ["acknowledged"] = ["sent", "acknowledged"],
        ["responded"] = ["sent", "responded"],
        ["referred"] = ["sent", "referred"],
        ["declined"] = ["sent", "declined"],
        ["closed"] = ["closed"],
    };

    private static readonly string[] EventTypes =
        ["sent", "delivered", "acknowledged", "followUpSent", "responded", "referred", "declined", "closed", "note"];

    public static TheoryData<string, string> EveryStatusAndEvent()
    {
        var data = new TheoryData<string, string>();
        foreach (var status in Allowed.Keys)
        {
            foreach (var type in EventTypes)
            {
                data.Add(status, type);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndEvent))]
    public async Task Every_event_on_every_status_is_recorded_or_refused_with_409_naming_both_statuses(string status, string type)
    {
        var dispatch = await DispatchInStatusAsync(status);
        var url = $"/api/dispatches/{dispatch}";
        var before = await client.GetObjectAsync(url);
        Assert.Equal(status, before.Str("status"));

        var response = await PostEventAsync(dispatch, new { type, at = "2025-04-20T10:00:00+00:00" });

        if (Allowed[status].Contains(type))
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var expected = type is "followUpSent" or "note" ? status : type;
            Assert.Equal(expected, (await client.GetObjectAsync(url)).Str("status"));
            return;
        }

        var problem = await ConflictAsync(response);
        Assert.Equal(status, problem.Str("currentStatus"));
        if (type is "followUpSent")
        {
            Assert.Null(problem["requestedStatus"]);
        }
        else
        {
            Assert.Equal(type, problem.Str("requestedStatus"));
            Assert.Contains($"is {status} and cannot move to {type}", problem.Str("detail"), StringComparison.Ordinal);
        }

        var after = await client.GetObjectAsync(url);
        Assert.Equal(before.ToJsonString(), after.ToJsonString()); // refused: nothing changed, not even the version
    }

    [Fact]
    public async Task A_referral_opens_a_dispatch_to_the_body_referred_to_linked_to_the_original()
    {
        var (letter, _) = await ArrangeAsync(responseDays: 30);
        var dispatch = Assert.Single(letter["dispatches"]!.AsArray())!.Str("id");
        var referredTo = await client.CreateAsync("/api/recipients", new { name = $"Referred body {Guid.NewGuid():N}", kind = "unAgency", responseDays = 14 });
        await PostEventAsync(dispatch, new { type = "sent", at = "2025-04-10T08:00:00+00:00" }, HttpStatusCode.Created);

        var referral = await PostEventAsync(dispatch, new
        {
            type = "referred",
            at = "2025-04-18T15:00:00+00:00",
            referredToRecipientId = referredTo.Str("id"),
            responseSummary = "Passed on to the competent office.",
        }, HttpStatusCode.Created);

        var opened = referral.Str("openedDispatchId");
        var openedDispatch = await client.GetObjectAsync($"/api/dispatches/{opened}");
        Assert.Equal(dispatch, openedDispatch.Str("referredFromDispatchId"));
        Assert.Equal(letter.Str("id"), openedDispatch.Str("letterId"));
        Assert.Equal(referredTo.Str("id"), openedDispatch.Str("recipientId"));
        Assert.Equal("sent", openedDispatch.Str("status"));
        Assert.Equal("2025-04-18T15:00:00+00:00", openedDispatch.Str("sentAt"));
        Assert.Equal("2025-05-02", openedDispatch.Str("dueOn")); // 18 April + 14 days
        var openedHistory = Assert.Single(await client.GetAllAsync($"/api/dispatches/{opened}/events"))!;
        Assert.Equal("sent", openedHistory.Str("type"));

        var original = await client.GetObjectAsync($"/api/dispatches/{dispatch}");
        Assert.Equal("referred", original.Str("status"));
        Assert.Equal(8, original["daysToFirstReply"]!.GetValue<int>());
        Assert.Equal(2, (await client.GetObjectAsync($"/api/letters/{letter.Str("id")}"))["dispatches"]!.AsArray().Count);

        // The original cannot be deleted while the referral's dispatch points at it: not through the API,
        // and not in the database either (the link is a foreign key).
        var delete = await client.DeleteAsync($"/api/dispatches/{dispatch}", await client.ETagOfAsync($"/api/dispatches/{dispatch}"));
        Assert.Contains("referral dispatch", (await ConflictAsync(delete)).Str("detail"), StringComparison.Ordinal);
        await fixture.Host.WithDbAsync(async db =>
        {
            var linked = await db.Dispatches.SingleAsync(d => d.Id == Guid.Parse(opened));
            Assert.Equal(Guid.Parse(dispatch), linked.ReferredFromDispatchId);
            await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() =>
                db.Database.ExecuteSqlAsync($"DELETE FROM \"Dispatches\" WHERE \"Id\" = {Guid.Parse(dispatch)}"));
        });
    }

    [Fact]
    public async Task A_referral_to_a_body_the_letter_already_went_to_is_409_unless_no_dispatch_is_opened()
    {
        var second = await client.CreateAsync("/api/recipients", new { name = $"Already addressed {Guid.NewGuid():N}", kind = "ngo" });
        var (letter, _) = await ArrangeAsync(responseDays: 30, extraRecipient: second.Str("id"));
        var dispatches = letter["dispatches"]!.AsArray();
        var first = dispatches.Single(d => d!.Str("recipientId") != second.Str("id"))!.Str("id");
        var existing = dispatches.Single(d => d!.Str("recipientId") == second.Str("id"))!.Str("id");
        await PostEventAsync(first, new { type = "sent", at = "2025-04-10T08:00:00+00:00" }, HttpStatusCode.Created);
        var before = await client.GetObjectAsync($"/api/dispatches/{first}");

        var refused = await PostEventAsync(first, new { type = "referred", at = "2025-04-12T08:00:00+00:00", referredToRecipientId = second.Str("id") });
        var conflict = await ConflictAsync(refused);
        Assert.Equal(existing, conflict.Str("existingId")); // as every conflict with an existing record names it
        Assert.Equal(existing, conflict.Str("existingDispatchId"));
        Assert.Equal(before.ToJsonString(), (await client.GetObjectAsync($"/api/dispatches/{first}")).ToJsonString());

        var recorded = await PostEventAsync(first,
            new { type = "referred", at = "2025-04-12T08:00:00+00:00", referredToRecipientId = second.Str("id"), openDispatch = false },
            HttpStatusCode.Created);
        Assert.Null(recorded["openedDispatchId"]);
        Assert.Equal(second.Str("id"), recorded.Str("referredToRecipientId"));
        Assert.Equal(2, (await client.GetObjectAsync($"/api/letters/{letter.Str("id")}"))["dispatches"]!.AsArray().Count);
    }

    [Fact]
    public async Task Events_that_do_not_fit_are_400_keyed_by_field_and_change_nothing()
    {
        var (letter, recipient) = await ArrangeAsync(responseDays: 30);
        var dispatch = Assert.Single(letter["dispatches"]!.AsArray())!.Str("id");
        await PostEventAsync(dispatch, new { type = "sent", at = "2025-04-10T08:00:00+00:00" }, HttpStatusCode.Created);
        await PostEventAsync(dispatch, new { type = "delivered", at = "2025-04-12T08:00:00+00:00" }, HttpStatusCode.Created);
        var before = await client.GetObjectAsync($"/api/dispatches/{dispatch}");

        await (await PostEventAsync(dispatch, new { at = "2025-04-13T08:00:00+00:00" })).AssertInvalidAsync("type");
        await (await PostEventAsync(dispatch, new { type = "note" })).AssertInvalidAsync("at");
        await (await PostEventAsync(dispatch, new { type = "note", at = "2099-01-01T00:00:00+00:00" })).AssertInvalidAsync("at");
        await (await PostEventAsync(dispatch, new { type = "bogus", at = "2025-04-13T08:00:00+00:00" })).AssertInvalidAsync("type");
        await (await PostEventAsync(dispatch, new { type = "note", at = "2025-04-13T08:00:00" })).AssertInvalidAsync("at");
        await (await PostEventAsync(dispatch, new { type = "followUpSent", at = "2025-04-13T08:00:00+00:00", responseSummary = "x" }))
            .AssertInvalidAsync("responseSummary");
        await (await PostEventAsync(dispatch, new { type = "declined", at = "2025-04-13T08:00:00+00:00", referredToRecipientId = recipient }))
            .AssertInvalidAsync("referredToRecipientId");
        await (await PostEventAsync(dispatch, new { type = "note", at = "2025-04-13T08:00:00+00:00", openDispatch = true }))
            .AssertInvalidAsync("openDispatch");
        await (await PostEventAsync(dispatch, new { type = "note", at = "2025-04-13T08:00:00+00:00", sourceId = Guid.NewGuid() }))
            .AssertInvalidAsync("sourceId");
        await (await PostEventAsync(dispatch, new { type = "referred", at = "2025-04-13T08:00:00+00:00", referredToRecipientId = Guid.NewGuid() }))
            .AssertInvalidAsync("referredToRecipientId");
        await (await PostEventAsync(dispatch, new { type = "referred", at = "2025-04-13T08:00:00+00:00", referredToRecipientId = recipient }))
            .AssertInvalidAsync("referredToRecipientId"); // to itself
        await (await PostEventAsync(dispatch, new { type = "note", at = "2025-04-09T08:00:00+00:00" })).AssertInvalidAsync("at"); // before sending
        await (await PostEventAsync(dispatch, new { type = "acknowledged", at = "2025-04-11T08:00:00+00:00" }))
            .AssertInvalidAsync("at"); // before the delivery it would follow
        await ProblemAssert.IsProblemAsync(await PostEventAsync(Guid.NewGuid().ToString(), new { type = "note", at = "2025-04-13T08:00:00+00:00" }), HttpStatusCode.NotFound);

        Assert.Equal(before.ToJsonString(), (await client.GetObjectAsync($"/api/dispatches/{dispatch}")).ToJsonString());
        Assert.Equal(2, (await client.GetAllAsync($"/api/dispatches/{dispatch}/events")).Count);
    }

    [Fact]
    public async Task If_Match_is_optional_but_a_stale_one_is_412()
    {
        var (letter, _) = await ArrangeAsync(responseDays: 30);
        var dispatch = Assert.Single(letter["dispatches"]!.AsArray())!.Str("id");
        var url = $"/api/dispatches/{dispatch}";
        var etag = await client.ETagOfAsync(url);

        using var current = new HttpRequestMessage(HttpMethod.Post, $"{url}/events") { Content = JsonContent.Create(new { type = "sent", at = "2025-04-10T08:00:00+00:00" }) };
        current.Headers.TryAddWithoutValidation("If-Match", etag);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(current)).StatusCode);

        using var stale = new HttpRequestMessage(HttpMethod.Post, $"{url}/events") { Content = JsonContent.Create(new { type = "note", at = "2025-04-11T08:00:00+00:00" }) };
        stale.Headers.TryAddWithoutValidation("If-Match", etag);
        var refused = await client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        Assert.Equal(await client.ETagOfAsync(url), refused.Headers.ETag?.ToString());
        Assert.Single(await client.GetAllAsync($"{url}/events"));
    }

    private async Task<string> DispatchInStatusAsync(string status)
    {
        var (letter, _) = await ArrangeAsync(responseDays: 30);
        var dispatch = Assert.Single(letter["dispatches"]!.AsArray())!.Str("id");
        var at = new DateTimeOffset(2025, 4, 10, 8, 0, 0, TimeSpan.Zero);
        foreach (var type in PathTo[status])
        {
            await PostEventAsync(dispatch, new { type, at }, HttpStatusCode.Created);
            at = at.AddDays(1);
        }

        return dispatch;
    }

    /// <summary>
    /// A draft letter (no send date) to one new recipient, plus an optional existing one, so its dispatches start
    /// as drafts: the first dispatch sent sends it. The letter as created.
    /// </summary>
    private async Task<(JsonObject Letter, string Recipient)> ArrangeAsync(int responseDays, string? extraRecipient = null)
    {
        var recipient = await client.CreateAsync("/api/recipients", new { name = $"Recipient {Guid.NewGuid():N}", kind = "intergovernmental", responseDays });
        string[] recipientIds = extraRecipient is null ? [recipient.Str("id")] : [recipient.Str("id"), extraRecipient];
        var letter = await client.CreateAsync("/api/letters", new
        {
            subject = $"Letter {Guid.NewGuid():N}",
            language = "en",
            status = "draft",
            recipientIds,
        });
        return (letter, recipient.Str("id"));
    }

    private static Task<JsonObject> ConflictAsync(HttpResponseMessage response) => ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);

    private async Task<HttpResponseMessage> PostEventAsync(string dispatch, object body) =>
        await client.PostJsonAsync($"/api/dispatches/{dispatch}/events", body);

    private async Task<JsonObject> PostEventAsync(string dispatch, object body, HttpStatusCode expected)
    {
        using var response = await PostEventAsync(dispatch, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{response.StatusCode}: {text}");
        Assert.Equal($"/api/dispatches/{dispatch}/events/{JsonNode.Parse(text)!.Str("id")}", response.Headers.Location?.OriginalString);
        return JsonNode.Parse(text)!.AsObject();
    }
}
