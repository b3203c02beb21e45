using System.Net;
using System.Text;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Tests.Features.Calendar;

/// <summary>
/// GET /api/calendar.ics read by Ical.Net: one all-day event per dispatch awaiting a reply on its dueOn,
/// stable UIDs, filters, RFC 5545 lines; a reader key as token where headers cannot be sent.
/// </summary>
public sealed class CalendarFeedTests
{
    private const string Feed = "/api/calendar.ics";

    /// <summary>
    /// On 2025-05-01: a letter sent 2025-04-01 by Linden Society to UNMAS (10 days: due 04-11, overdue),
    /// OHCHR (60 days: due 05-31) and the EEAS (answered: no event); another, sent 04-20 by Birch Centre,
    /// to OHCHR (due 06-19). A draft's dispatch has no due day.
    /// </summary>
    private sealed record Arranged(LetterTrackerApp App, string Unmas, string Ohchr, string Linden, string Birch, Dictionary<string, string> Dispatches);

    private static async Task<Arranged> ArrangeAsync(Dictionary<string, string?>? settings = null)
    {
        var app = new LetterTrackerApp(seed: false, settings);
        using var client = app.CreateClient();
        var unmas = (await client.CreateAsync("/api/recipients", new { name = "UN Mine Action Service", acronym = "UNMAS", kind = "unAgency", responseDays = 10 })).Str("id");
        var ohchr = (await client.CreateAsync("/api/recipients", new { name = "Office of the High Commissioner; Geneva, \"Palais\"", kind = "unAgency", responseDays = 60 })).Str("id");
        var eeas = (await client.CreateAsync("/api/recipients", new { name = "European External Action Service", kind = "euInstitution", responseDays = 30 })).Str("id");
        var linden = (await client.CreateAsync("/api/organisations", new { name = "Linden Society", kind = "diasporaOrganisation" })).Str("id");
        var birch = (await client.CreateAsync("/api/organisations", new { name = "Birch Centre", kind = "diasporaOrganisation" })).Str("id");
        var subject = "Protest after the mine explosions in Aghdam and Jabrayil, 6–7 April 2025: a subject long enough that its line must be folded in two or more";
        var first = await client.CreateAsync("/api/letters", new { subject, status = "sent", sentOn = "2025-04-01", signatoryIds = new[] { linden }, recipientIds = new[] { unmas, ohchr, eeas } });
        var second = await client.CreateAsync("/api/letters", new { subject = "Second letter", status = "sent", sentOn = "2025-04-20", signatoryIds = new[] { birch }, recipientIds = new[] { ohchr } });
        await client.CreateAsync("/api/letters", new { subject = "A draft", status = "draft", recipientIds = new[] { unmas } });

        var dispatches = new Dictionary<string, string>();
        foreach (var (letter, name) in new[] { (first, "first"), (second, "second") })
        {
            foreach (var dispatch in letter["dispatches"]!.AsArray())
            {
                dispatches[$"{name}:{dispatch!.Str("recipientId")}"] = dispatch.Str("id");
            }
        }

        using var answer = await client.PostJsonAsync($"/api/dispatches/{dispatches[$"first:{eeas}"]}/events", new { type = "responded", at = "2025-04-25T10:00:00+00:00" });
        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        return new Arranged(app, unmas, ohchr, linden, birch, dispatches);
    }

    [Fact]
    public async Task Each_dispatch_awaiting_a_reply_is_an_all_day_event_on_its_due_day()
    {
        var arranged = await ArrangeAsync();
        using var app = arranged.App;
        using var client = app.CreateClient();
        using var response = await client.GetAsync(Feed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        AssertContentLines(text);

        var calendar = Ical.Net.Calendar.Load(text)!;
        var events = calendar.Events.OrderBy(e => e.DtStart!.Date).ToList();
        Assert.Equal(
            [
                ($"dispatch-{arranged.Dispatches[$"first:{arranged.Unmas}"]}@lettertracker", new DateOnly(2025, 4, 11)),
                ($"dispatch-{arranged.Dispatches[$"first:{arranged.Ohchr}"]}@lettertracker", new DateOnly(2025, 5, 31)),
                ($"dispatch-{arranged.Dispatches[$"second:{arranged.Ohchr}"]}@lettertracker", new DateOnly(2025, 6, 19)),
            ],
            events.Select(e => (e.Uid!, e.DtStart!.Date)));
        Assert.All(events, e => Assert.False(e.DtStart!.HasTime));
        Assert.All(events, e => Assert.Equal(e.DtStart!.Date.AddDays(1), e.DtEnd!.Date));
        Assert.StartsWith("Overdue: UN Mine Action Service (UNMAS) – Protest after the mine explosions in Aghdam and Jabrayil, 6–7 April 2025: a subject long enough", events[0].Summary);
        // Escaped (; , ") and folded by the feed, read back whole by the parser.
        Assert.Equal("Reply due: Office of the High Commissioner; Geneva, \"Palais\" – Second letter", events[2].Summary);
        Assert.Contains("Dispatch status: sent, sent 2025-04-20.", events[2].Description);
        Assert.EndsWith($"The dispatch: /api/dispatches/{arranged.Dispatches[$"second:{arranged.Ohchr}"]}", events[2].Description);
    }

    [Fact]
    public async Task Filters_narrow_the_feed_and_a_moved_due_day_keeps_its_event()
    {
        var arranged = await ArrangeAsync();
        using var app = arranged.App;
        using var client = app.CreateClient();

        Assert.Equal([new DateOnly(2025, 4, 11)], await DueDaysAsync(client, $"{Feed}?recipientId={arranged.Unmas}"));
        Assert.Equal([new DateOnly(2025, 6, 19)], await DueDaysAsync(client, $"{Feed}?organisationId={arranged.Birch}"));
        Assert.Equal([new DateOnly(2025, 5, 31)], await DueDaysAsync(client, $"{Feed}?from=2025-05-01&to=2025-06-01"));
        // The default window starts 90 days back: a reply due long ago drops out.
        app.Clock.Now = new DateTimeOffset(2025, 8, 1, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal([new DateOnly(2025, 5, 31), new DateOnly(2025, 6, 19)], await DueDaysAsync(client, Feed));

        // A later send date moves the due day; the event keeps its UID, so calendars update it.
        var dispatch = arranged.Dispatches[$"second:{arranged.Ohchr}"];
        using var sent = await client.PostJsonAsync($"/api/dispatches/{dispatch}/events", new { type = "delivered", at = "2025-04-22T10:00:00+00:00" });
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var calendar = Ical.Net.Calendar.Load(await client.GetStringAsync($"{Feed}?organisationId={arranged.Birch}"))!;
        var moved = Assert.Single(calendar.Events);
        Assert.Equal($"dispatch-{dispatch}@lettertracker", moved.Uid);
    }

    [Fact]
    public async Task Without_anonymous_reads_a_calendar_app_sends_a_reader_key_as_token_and_only_a_reader_key()
    {
        var arranged = await ArrangeAsync(new Dictionary<string, string?> { ["Auth:AnonymousRead"] = "false" });
        using var app = arranged.App;
        var (_, reader) = await app.CreateApiKeyAsync(ApiKeyRole.Reader);
        var (_, editor) = await app.CreateApiKeyAsync(ApiKeyRole.Editor);
        using var anonymous = app.CreateClient(apiKey: null);

        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync(Feed), HttpStatusCode.Unauthorized);
        Assert.Equal(3, (await DueDaysAsync(anonymous, $"{Feed}?token={Uri.EscapeDataString(reader)}")).Count);
        var refused = await ProblemAssert.IsProblemAsync(await anonymous.GetAsync($"{Feed}?token={Uri.EscapeDataString(editor)}"), HttpStatusCode.Unauthorized);
        Assert.Contains("must be a reader key", refused.Str("detail"));
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync($"{Feed}?token=lt_not-a-key"), HttpStatusCode.Unauthorized);
        // One way or the other: a header and a token together are refused, even a good header.
        using var both = app.CreateClient(apiKey: reader);
        await ProblemAssert.IsProblemAsync(await both.GetAsync($"{Feed}?token={Uri.EscapeDataString(reader)}"), HttpStatusCode.Unauthorized);
        Assert.Equal(3, (await DueDaysAsync(both, Feed)).Count);
        // Only here: another endpoint takes no token.
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync($"/api/letters?token={Uri.EscapeDataString(reader)}"), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("?from=2025-06-01&to=2025-05-01", "to")]
    [InlineData("?from=2025-01-01&to=2029-01-01", "to")]
    [InlineData("?from=June", "from")]
    [InlineData("?recipientId=nope", "recipientId")]
    [InlineData("?format=csv", "format")]
    public async Task Bad_parameters_are_problems(string query, string parameter)
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        using var response = await client.GetAsync(Feed + query);
        await response.AssertInvalidAsync(parameter);
    }

    private static async Task<List<DateOnly>> DueDaysAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return [.. Ical.Net.Calendar.Load(text)!.Events.Select(e => e.DtStart!.Date).Order()];
    }

    /// <summary>RFC 5545 section 3.1: lines end with CRLF and are at most 75 octets; a continuation starts with a space.</summary>
    private static void AssertContentLines(string text)
    {
        Assert.EndsWith("\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal));
        var lines = text.Split("\r\n")[..^1];
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.Contains(lines, line => line.StartsWith(' '));
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
    }
}
