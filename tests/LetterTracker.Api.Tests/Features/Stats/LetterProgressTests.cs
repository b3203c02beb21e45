using System.Net;
using LetterTracker.Api.Tests.Infrastructure;
using static LetterTracker.Api.Tests.Features.Stats.StatsApp;

namespace LetterTracker.Api.Tests.Features.Stats;

public sealed class LetterProgressTests(StatsApp app) : IClassFixture<StatsApp>
{
    private readonly HttpClient client = app.Host.CreateClient();

    private static object Counts(int draft = 0, int sent = 0, int delivered = 0, int acknowledged = 0,
        int responded = 0, int referred = 0, int declined = 0, int closed = 0) =>
        new { draft, sent, delivered, acknowledged, responded, referred, declined, closed };

    [Fact]
    public async Task A_letter_shows_its_totals_and_one_row_per_dispatch()
    {
        var data = app.Data;
        var progress = await client.GetObjectAsync($"/api/stats/letters/{data.L2}");

        // L2, sent 25 April: Alpha acknowledged after 2 days then declined; Bravo acknowledged after 7
        // days (due 25 Apr + 20 = 15 May: not yet overdue on 15 May); Charlie sent, due 25 Apr + 30 = 25 May.
        // Open: Bravo + Charlie = 2. Answered: Alpha = 1 of 3 sent: 1/3 = 0.3333. Median of 2 and 7: 4.5.
        AssertJson(new
        {
            letter = new { id = data.L2, subject = "L2" },
            total = 3,
            byStatus = Counts(sent: 1, acknowledged: 1, declined: 1),
            open = 2,
            overdue = 0,
            answered = 1,
            responseRate = 0.3333m,
            medianDaysToFirstReply = 4.5m,
            timedReplies = 2,
        }, Without(progress, "dispatches"));

        var rows = progress["dispatches"]!.AsArray().Select(r => r!.AsObject()).ToList();
        Assert.Equal(rows.Select(r => r.Str("id")).Order(StringComparer.Ordinal), rows.Select(r => r.Str("id")));
        var byRecipient = rows.ToDictionary(r => r["recipient"].Str("name"));
        AssertJson(new
        {
            id = data.Dispatches[(data.L2, data.Alpha)],
            recipient = new { id = data.Alpha, name = "Alpha", acronym = (string?)null },
            status = "declined",
            sentAt = (string?)null,
            dueOn = "2025-05-05",
            overdue = false,
            firstReplyAt = "2025-04-27T10:00:00+00:00",
            daysToFirstReply = 2,
        }, byRecipient["Alpha"]);
        AssertJson(new
        {
            id = data.Dispatches[(data.L2, data.Bravo)],
            recipient = new { id = data.Bravo, name = "Bravo", acronym = (string?)null },
            status = "acknowledged",
            sentAt = (string?)null,
            dueOn = "2025-05-15",
            overdue = false,
            firstReplyAt = "2025-05-02T10:00:00+00:00",
            daysToFirstReply = 7,
        }, byRecipient["Bravo"]);
        AssertJson(new
        {
            id = data.Dispatches[(data.L2, data.Charlie)],
            recipient = new { id = data.Charlie, name = "Charlie", acronym = (string?)null },
            status = "sent",
            sentAt = (string?)null,
            dueOn = "2025-05-25",
            overdue = false,
            firstReplyAt = (string?)null,
            daysToFirstReply = (int?)null,
        }, byRecipient["Charlie"]);
    }

    [Fact]
    public async Task Rates_and_medians_of_the_other_letters()
    {
        var data = app.Data;

        // L1: responded after 5 days, referred after 3, closed: 2 answered of 3 sent = 0.6667; median (3 + 5) / 2 = 4.
        AssertJson(new
        {
            letter = new { id = data.L1, subject = "L1" },
            total = 3,
            byStatus = Counts(responded: 1, referred: 1, closed: 1),
            open = 0,
            overdue = 0,
            answered = 2,
            responseRate = 0.6667m,
            medianDaysToFirstReply = 4m,
            timedReplies = 2,
        }, Without(await client.GetObjectAsync($"/api/stats/letters/{data.L1}"), "dispatches"));

        // L3: Alpha sent, due 20 Apr + 10 = 30 Apr, overdue on 15 May; Bravo responded after 11 days:
        // 1 of 2 = 0.5; one reply, median 11.
        AssertJson(new
        {
            letter = new { id = data.L3, subject = "L3" },
            total = 2,
            byStatus = Counts(sent: 1, responded: 1),
            open = 1,
            overdue = 1,
            answered = 1,
            responseRate = 0.5m,
            medianDaysToFirstReply = 11m,
            timedReplies = 1,
        }, Without(await client.GetObjectAsync($"/api/stats/letters/{data.L3}"), "dispatches"));

        // L4: two drafts, nothing sent: no rate (null, not 0).
        AssertJson(new
        {
            letter = new { id = data.L4, subject = "L4" },
            total = 2,
            byStatus = Counts(draft: 2),
            open = 0,
            overdue = 0,
            answered = 0,
            responseRate = (decimal?)null,
            medianDaysToFirstReply = (decimal?)null,
            timedReplies = 0,
        }, Without(await client.GetObjectAsync($"/api/stats/letters/{data.L4}"), "dispatches"));

        // L5: sent on an unknown day between 1 and 14 April. Bravo responded (1 of 2 = 0.5), but how long
        // it took is unknown, so there is no median; Charlie's dispatch has no due date, so it is never overdue.
        var l5 = await client.GetObjectAsync($"/api/stats/letters/{data.L5}");
        AssertJson(new
        {
            letter = new { id = data.L5, subject = "L5" },
            total = 2,
            byStatus = Counts(sent: 1, responded: 1),
            open = 1,
            overdue = 0,
            answered = 1,
            responseRate = 0.5m,
            medianDaysToFirstReply = (decimal?)null,
            timedReplies = 0,
        }, Without(l5, "dispatches"));
        var bravo = l5["dispatches"]!.AsArray().Single(r => r!["recipient"].Str("id") == data.Bravo)!;
        Assert.Equal("2025-04-20T10:00:00+00:00", bravo.Str("firstReplyAt"));
        Assert.Null(bravo["daysToFirstReply"]);
    }

    [Fact]
    public async Task An_unknown_letter_is_404_and_a_malformed_id_400()
    {
        using var unknown = await client.GetAsync($"/api/stats/letters/{Guid.CreateVersion7()}");
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound);
        using var malformed = await client.GetAsync("/api/stats/letters/not-a-uuid");
        await malformed.AssertInvalidAsync("letterId");
    }

    private static System.Text.Json.Nodes.JsonObject Without(System.Text.Json.Nodes.JsonObject node, string property)
    {
        var copy = node.DeepClone().AsObject();
        Assert.True(copy.Remove(property), $"no {property} in {node.ToJsonString()}");
        return copy;
    }
}
