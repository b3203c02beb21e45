using System.Net;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Features.Dispatches;

/// <summary>dueOn from the send date and the reply window, in calendar or working days; overdue as the clock moves.</summary>
public sealed class DispatchDeadlineTests
{
    [Theory]
    [InlineData(false, "2025-04-04T16:00:00+00:00", 3, "2025-04-07")] // Friday + 3 calendar days: Monday
    [InlineData(true, "2025-04-04T16:00:00+00:00", 3, "2025-04-09")] // Friday + 3 working days: Mon, Tue, Wed
    [InlineData(false, "2025-04-05T10:00:00+00:00", 1, "2025-04-06")] // Saturday + 1 calendar day: Sunday
    [InlineData(true, "2025-04-05T10:00:00+00:00", 1, "2025-04-07")] // Saturday + 1 working day: Monday
    [InlineData(true, "2025-04-03T10:00:00+00:00", 2, "2025-04-07")] // Thursday + 2 working days: Fri, Mon
    [InlineData(true, "2025-04-07T10:00:00+00:00", 10, "2025-04-21")] // Monday + 10 working days: two whole weeks
    public async Task Due_dates_count_calendar_days_or_working_days_as_configured(bool workingDays, string sentAt, int responseDays, string dueOn)
    {
        using var app = new LetterTrackerApp(seed: false, settings: new Dictionary<string, string?>
        {
            ["Tracking:WorkingDays"] = workingDays ? "true" : "false",
        });
        using var client = app.CreateClient();
        var dispatch = await SentDispatchAsync(client, responseDays, sentAt);

        Assert.Equal(dueOn, dispatch.Str("dueOn"));
    }

    [Fact]
    public async Task Overdue_flips_as_the_clock_passes_dueOn_and_clears_with_an_outcome()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        var dispatch = await SentDispatchAsync(client, responseDays: 10, sentAt: "2025-04-10T09:00:00+00:00");
        var url = $"/api/dispatches/{dispatch.Str("id")}";
        Assert.Equal("2025-04-20", dispatch.Str("dueOn"));

        app.Clock.Now = new DateTimeOffset(2025, 4, 20, 23, 59, 0, TimeSpan.Zero);
        Assert.False(await OverdueAsync(client, url)); // due today is not late yet

        app.Clock.Now = new DateTimeOffset(2025, 4, 21, 0, 1, 0, TimeSpan.Zero);
        Assert.True(await OverdueAsync(client, url));
        var letter = await client.GetObjectAsync($"/api/letters/{dispatch.Str("letterId")}");
        Assert.True(letter["dispatches"]!.AsArray().Single()!["overdue"]!.GetValue<bool>());

        // An acknowledgement is not yet an answer to the letter's demands: still awaited, still late.
        await PostEventAsync(client, url, new { type = "acknowledged", at = "2025-04-21T00:00:00+00:00" });
        Assert.True(await OverdueAsync(client, url));

        await PostEventAsync(client, url, new { type = "responded", at = "2025-04-21T00:00:30+00:00" });
        Assert.False(await OverdueAsync(client, url));
        app.Clock.Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.False(await OverdueAsync(client, url));
    }

    [Fact]
    public async Task A_dispatch_without_a_send_date_has_no_due_date_and_is_never_overdue()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        var recipient = await client.CreateAsync("/api/recipients", new { name = "Undated body", kind = "ngo", responseDays = 1 });
        var letter = await client.CreateAsync("/api/letters", new
        {
            subject = "Sent some time in April",
            language = "en",
            status = "sent",
            sentFrom = "2025-04-06",
            sentTo = "2025-04-14",
            recipientIds = new[] { recipient.Str("id") },
        });
        var dispatch = letter["dispatches"]!.AsArray().Single()!;
        app.Clock.Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var read = await client.GetObjectAsync($"/api/dispatches/{dispatch.Str("id")}");
        Assert.Equal("sent", read.Str("status"));
        Assert.Null(read["dueOn"]);
        Assert.False(read["overdue"]!.GetValue<bool>());
    }

    private static async Task<bool> OverdueAsync(HttpClient client, string url) =>
        (await client.GetObjectAsync(url))["overdue"]!.GetValue<bool>();

    /// <summary>A new recipient with the reply window, a sent letter to it, and a sent event on its dispatch; the dispatch as read back.</summary>
    private static async Task<JsonObject> SentDispatchAsync(HttpClient client, int responseDays, string sentAt)
    {
        var recipient = await client.CreateAsync("/api/recipients", new { name = $"Body {Guid.NewGuid():N}", kind = "euInstitution", responseDays });
        var letter = await client.CreateAsync("/api/letters", new
        {
            subject = $"Letter {Guid.NewGuid():N}",
            language = "en",
            status = "draft",
            recipientIds = new[] { recipient.Str("id") },
        });
        // The draft letter is sent with its dispatch's sent event.
        var url = $"/api/dispatches/{letter["dispatches"]!.AsArray().Single()!.Str("id")}";
        await PostEventAsync(client, url, new { type = "sent", at = sentAt });
        return await client.GetObjectAsync(url);
    }

    private static async Task PostEventAsync(HttpClient client, string dispatchUrl, object body)
    {
        using var response = await client.PostJsonAsync($"{dispatchUrl}/events", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}
