using System.Net;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace LetterTracker.Api.Tests.Features.Letters;

/// <summary>A letter's status and its dispatches' move together: sent in one call, closed in one call, closed by the last outcome.</summary>
public sealed class LetterLifecycleTests : IDisposable
{
    private static readonly string[] Outcomes = ["responded", "referred", "declined", "closed"];
    private static readonly string[] EventTypes = ["sent", "delivered", "acknowledged", "followUpSent", "responded", "referred", "declined", "closed", "note"];

    /// <summary>The events that move a dispatch on from each open status.</summary>
    private static readonly Dictionary<string, string[]> Forward = new()
    {
        ["draft"] = ["sent", "sent", "sent", "closed"],
        ["sent"] = ["delivered", "acknowledged", "responded", "referred", "declined", "followUpSent"],
        ["delivered"] = ["acknowledged", "responded", "referred", "declined", "closed"],
        ["acknowledged"] = ["responded", "referred", "declined", "closed", "note"],
    };

    private readonly LetterTrackerApp app = new(seed: false);
    private readonly HttpClient client;
    private readonly ITestOutputHelper output;

    public LetterLifecycleTests(ITestOutputHelper output)
    {
        this.output = output;
        client = app.CreateClient();
        app.Clock.Now = new DateTimeOffset(2025, 6, 2, 12, 0, 0, TimeSpan.Zero);
    }

    [Fact]
    public async Task Sending_a_draft_letter_sends_each_of_its_dispatches_with_one_event_in_one_audited_write()
    {
        var letter = await DraftLetterAsync(3);
        var url = $"/api/letters/{letter}";
        var auditBefore = (await client.GetAllAsync("/api/audit")).Count;

        using var sent = await client.PatchJsonAsync(url, new { status = "sent", sentOn = "2025-05-30" }, await client.ETagOfAsync(url));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);

        var dispatches = (await client.GetObjectAsync(url))["dispatches"]!.AsArray();
        Assert.Equal(3, dispatches.Count);
        foreach (var dispatch in dispatches)
        {
            Assert.Equal("sent", dispatch!.Str("status"));
            var events = await client.GetAllAsync($"/api/dispatches/{dispatch.Str("id")}/events");
            var only = Assert.Single(events);
            // The start of the letter's send day, which also dates the reply: dueOn is 30 May + 30 days.
            Assert.Equal(("sent", "2025-05-30T00:00:00+00:00", "Sent with the letter."), (only.Str("type"), only.Str("at"), only.Str("note")));
            Assert.Equal("2025-06-29", (await client.GetObjectAsync($"/api/dispatches/{dispatch.Str("id")}")).Str("dueOn"));
        }

        // One write: the letter's update; what follows from it is what it says.
        var audit = await client.GetAllAsync("/api/audit");
        Assert.Equal(auditBefore + 1, audit.Count);
        Assert.Contains(audit, e => e.Str("resource") == "letters" && e.Str("recordId") == letter && e.Str("action") == "update");
    }

    [Fact]
    public async Task A_draft_sent_without_a_date_is_sent_today_and_its_events_say_now()
    {
        var letter = await DraftLetterAsync(1);
        var url = $"/api/letters/{letter}";
        using var sent = await client.PatchJsonAsync(url, new { status = "sent" }, await client.ETagOfAsync(url));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);

        var record = await client.GetObjectAsync(url);
        Assert.Equal("2025-06-02", record.Str("sentOn"));
        var only = Assert.Single(await client.GetAllAsync($"/api/dispatches/{record["dispatches"]![0]!.Str("id")}/events"));
        Assert.Equal("2025-06-02T12:00:00+00:00", only.Str("at"));
    }

    [Fact]
    public async Task Closing_a_letter_closes_the_dispatches_still_open_and_keeps_outcomes()
    {
        var letter = await DraftLetterAsync(3);
        var url = $"/api/letters/{letter}";
        var dispatches = await DispatchIdsAsync(letter);
        await EventAsync(dispatches[0], "sent", HttpStatusCode.Created);
        await EventAsync(dispatches[0], "responded", HttpStatusCode.Created);

        using var closed = await client.PatchJsonAsync(url, new { status = "closed" }, await client.ETagOfAsync(url));
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);

        var statuses = (await client.GetObjectAsync(url))["dispatches"]!.AsArray().ToDictionary(d => d!.Str("id"), d => d!.Str("status"));
        Assert.Equal("responded", statuses[dispatches[0]]);
        Assert.All(dispatches.Skip(1), id => Assert.Equal("closed", statuses[id]));
        var closing = (await client.GetAllAsync($"/api/dispatches/{dispatches[1]}/events")).Last();
        Assert.Equal(("closed", "Closed with the letter."), (closing.Str("type"), closing.Str("note")));

        // Every dispatch has an outcome: the letter cannot be sent (or a draft) again without a new recipient.
        var before = await client.GetObjectAsync(url);
        using var reopened = await client.PatchJsonAsync(url, new { status = "sent" }, await client.ETagOfAsync(url));
        var problem = await ProblemAssert.IsProblemAsync(reopened, HttpStatusCode.Conflict);
        Assert.Contains("send status closed", problem.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(before.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }

    [Fact]
    public async Task The_last_dispatch_to_reach_an_outcome_closes_the_letter_and_a_referral_keeps_it_open()
    {
        var letter = await DraftLetterAsync(2);
        var url = $"/api/letters/{letter}";
        var dispatches = await DispatchIdsAsync(letter);
        await EventAsync(dispatches[0], "sent", HttpStatusCode.Created);
        await EventAsync(dispatches[0], "declined", HttpStatusCode.Created);
        Assert.Equal("sent", (await client.GetObjectAsync(url)).Str("status"));

        // Referred on to a third body, which gets a dispatch of its own: still open.
        await EventAsync(dispatches[1], "sent", HttpStatusCode.Created);
        var third = await RecipientAsync();
        using (var referred = await client.PostJsonAsync($"/api/dispatches/{dispatches[1]}/events",
            new { type = "referred", at = app.Clock.Now, referredToRecipientId = third }))
        {
            Assert.Equal(HttpStatusCode.Created, referred.StatusCode);
        }

        var record = await client.GetObjectAsync(url);
        Assert.Equal("sent", record.Str("status"));
        var opened = record["dispatches"]!.AsArray().Single(d => d!.Str("recipientId") == third)!.Str("id");
        await EventAsync(opened, "responded", HttpStatusCode.Created);
        Assert.Equal("closed", (await client.GetObjectAsync(url)).Str("status"));
    }

    /// <summary>
    /// Random walks over every write that moves a letter or its dispatches (seeded, so a failure repeats): after
    /// each request, accepted or refused, the letter's status agrees with its dispatches', and a refused one
    /// changed nothing.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Every_write_leaves_the_letter_status_consistent_with_its_dispatches(int seed)
    {
        var random = new Random(seed);
        var spare = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            spare.Add(await RecipientAsync());
        }

        var letter = await DraftLetterAsync(random.Next(1, 4));
        var url = $"/api/letters/{letter}";
        var accepted = new HashSet<string>();
        for (var step = 0; step < 60; step++)
        {
            app.Clock.Now = app.Clock.Now.AddMinutes(1);
            var before = await client.GetObjectAsync(url);
            var dispatches = before["dispatches"]!.AsArray().Select(d => d!).ToList();
            var (what, response) = await RandomWriteAsync(random, url, before, dispatches, spare);
            using (response)
            {
                var after = await client.GetObjectAsync(url);
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.NoContent
                    or HttpStatusCode.Conflict or HttpStatusCode.BadRequest,
                    $"step {step}, {what}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                if (!response.IsSuccessStatusCode)
                {
                    Assert.Equal(before.ToJsonString(), after.ToJsonString());
                }
                else
                {
                    accepted.Add(what.Split(' ')[0]);
                }

                AssertConsistent(after, $"step {step}, after {what} ({(int)response.StatusCode})");
                output.WriteLine($"{what}: {(int)response.StatusCode} → letter {after.Str("status")}, dispatches [{string.Join(", ", after["dispatches"]!.AsArray().Select(d => d!.Str("status")))}]");
            }
        }

        // The walk did move things: sends, events and letter changes were accepted along it.
        Assert.Contains("event", accepted);
        Assert.Contains("letter", accepted);
    }

    private async Task<(string What, HttpResponseMessage Response)> RandomWriteAsync(
        Random random, string url, JsonObject letter, List<JsonNode> dispatches, List<string> spare)
    {
        var roll = random.Next(10);
        if (roll < 6 && dispatches.Count > 0)
        {
            var dispatch = dispatches[random.Next(dispatches.Count)];
            // Mostly a move the dispatch's status allows, so the walk gets somewhere; now and then any event.
            var type = random.Next(3) > 0 && Forward.TryGetValue(dispatch.Str("status"), out var moves)
                ? moves[random.Next(moves.Length)]
                : EventTypes[random.Next(EventTypes.Length)];
            var unused = spare.Except(dispatches.Select(d => d.Str("recipientId"))).ToList();
            object body = type == "referred" && unused.Count > 0 && random.Next(2) == 0
                ? new { type, at = app.Clock.Now, referredToRecipientId = unused[random.Next(unused.Count)] }
                : new { type, at = app.Clock.Now };
            return ($"event {type} on {dispatch.Str("id")}", await client.PostJsonAsync($"/api/dispatches/{dispatch.Str("id")}/events", body));
        }

        var etag = $"\"{letter["version"]}\"";
        if (roll < 8)
        {
            // Closing ends most walks, so it comes up less often.
            var status = new[] { "draft", "draft", "sent", "sent", "sent", "closed" }[random.Next(6)];
            return ($"letter status {status}", await client.PatchJsonAsync(url, new { status }, etag));
        }

        if (roll < 9)
        {
            // Add a recipient, or take one off (allowed only while its dispatch has no history).
            var ids = dispatches.Select(d => d.Str("recipientId")).ToList();
            var unused = spare.Except(ids).ToList();
            if (unused.Count > 0 && (ids.Count == 0 || random.Next(2) == 0))
            {
                ids.Add(unused[random.Next(unused.Count)]);
            }
            else if (ids.Count > 0)
            {
                ids.RemoveAt(random.Next(ids.Count));
            }

            return ($"letter recipients {ids.Count}", await client.PatchJsonAsync(url, new { recipientIds = ids }, etag));
        }

        if (dispatches.FirstOrDefault(d => d.Str("status") == "draft") is { } draft && random.Next(2) == 0)
        {
            return ($"dispatch delete {draft.Str("id")}", await client.DeleteAsync($"/api/dispatches/{draft.Str("id")}", await client.ETagOfAsync($"/api/dispatches/{draft.Str("id")}")));
        }

        var recipient = spare.Except(dispatches.Select(d => d.Str("recipientId"))).FirstOrDefault() ?? await RecipientAsync();
        spare.Add(recipient);
        object dispatchBody = random.Next(2) == 0
            ? new { letterId = letter.Str("id"), recipientId = recipient }
            : new { letterId = letter.Str("id"), recipientId = recipient, sentAt = app.Clock.Now };
        return ("dispatch create", await client.PostJsonAsync("/api/dispatches", dispatchBody));
    }

    /// <summary>Draft: nothing sent (each dispatch a draft or closed unsent). Closed: when it has dispatches, every one has an outcome. Sent: one is open, or it has none.</summary>
    private static void AssertConsistent(JsonObject letter, string when)
    {
        var statuses = letter["dispatches"]!.AsArray().Select(d => d!.Str("status")).ToList();
        var allFinished = statuses.Count > 0 && statuses.All(Outcomes.Contains);
        var shown = $"{when}: letter {letter.Str("status")}, dispatches [{string.Join(", ", statuses)}]";
        switch (letter.Str("status"))
        {
            case "draft":
                Assert.True(statuses.All(s => s is "draft" or "closed") && !allFinished, shown);
                break;
            case "sent":
                Assert.False(allFinished, shown);
                break;
            case "closed":
                Assert.True(statuses.Count == 0 || allFinished, shown);
                break;
            default:
                Assert.Fail(shown);
                break;
        }
    }

    private async Task<string> DraftLetterAsync(int recipients)
    {
        var ids = new List<string>();
        for (var i = 0; i < recipients; i++)
        {
            ids.Add(await RecipientAsync());
        }

        return (await client.CreateAsync("/api/letters", new { subject = $"Letter {Guid.NewGuid():N}", status = "draft", recipientIds = ids })).Str("id");
    }

    private async Task<string> RecipientAsync() =>
        (await client.CreateAsync("/api/recipients", new { name = $"Body {Guid.NewGuid():N}", kind = "ngo", responseDays = 30 })).Str("id");

    private async Task<List<string>> DispatchIdsAsync(string letter) =>
        [.. (await client.GetObjectAsync($"/api/letters/{letter}"))["dispatches"]!.AsArray().Select(d => d!.Str("id"))];

    private async Task EventAsync(string dispatch, string type, HttpStatusCode expected)
    {
        using var response = await client.PostJsonAsync($"/api/dispatches/{dispatch}/events", new { type, at = app.Clock.Now });
        Assert.True(response.StatusCode == expected, $"{type}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
    }
}
