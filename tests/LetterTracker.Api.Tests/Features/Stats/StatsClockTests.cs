using System.Net;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Features.Stats;

/// <summary>Overdue is counted against today's date: the statistics change as the clock moves, and as replies come in.</summary>
public sealed class StatsClockTests
{
    [Fact]
    public async Task Overdue_counts_follow_the_clock_and_the_replies()
    {
        using var app = new LetterTrackerApp(seed: false);
        var data = await StatsDataSet.BuildAsync(app);
        using var client = app.CreateClient();

        async Task AssertOverdueAsync(int alpha, int bravo, int charlie, int l2)
        {
            var items = (await client.GetAllAsync("/api/stats/recipients")).ToDictionary(i => i["recipient"].Str("name"), i => i["overdue"]!.GetValue<int>());
            Assert.Equal(new Dictionary<string, int> { ["Alpha"] = alpha, ["Bravo"] = bravo, ["Charlie"] = charlie, ["Delta"] = 0 }, items);
            Assert.Equal(alpha + bravo + charlie, (await client.GetObjectAsync("/api/stats/overview"))["dispatches"]!["overdue"]!.GetValue<int>());
            Assert.Equal(l2, (await client.GetObjectAsync($"/api/stats/letters/{data.L2}"))["overdue"]!.GetValue<int>());
        }

        // 15 May: only L3/Alpha (due 30 April) is past due. L2/Bravo is due that very day: not yet overdue.
        await AssertOverdueAsync(alpha: 1, bravo: 0, charlie: 0, l2: 0);

        // 16 May: L2/Bravo (acknowledged, due 15 May) is overdue too.
        app.Clock.Now = new DateTimeOffset(2025, 5, 16, 0, 0, 0, TimeSpan.Zero);
        await AssertOverdueAsync(alpha: 1, bravo: 1, charlie: 0, l2: 1);

        // 25 May 23:59 is still 25 May: L2/Charlie (due 25 May) is not yet overdue; at midnight UTC it is.
        app.Clock.Now = new DateTimeOffset(2025, 5, 25, 23, 59, 0, TimeSpan.Zero);
        await AssertOverdueAsync(alpha: 1, bravo: 1, charlie: 0, l2: 1);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await AssertOverdueAsync(alpha: 1, bravo: 1, charlie: 1, l2: 2);

        // A reply ends the wait: Charlie responds to L2 on 26 May (31 days after 25 April).
        using var replied = await client.PostJsonAsync($"/api/dispatches/{data.Dispatches[(data.L2, data.Charlie)]}/events",
            new { type = "responded", at = "2025-05-26T00:00:00+00:00" });
        Assert.Equal(HttpStatusCode.Created, replied.StatusCode);
        await AssertOverdueAsync(alpha: 1, bravo: 1, charlie: 0, l2: 1);

        // Charlie now: answered 1 of 3 sent = 0.3333; open 1 (L5); one reply after 31 days.
        var charlie = (await client.GetAllAsync("/api/stats/recipients")).Single(i => i["recipient"].Str("name") == "Charlie");
        Assert.Equal(1, charlie["responded"]!.GetValue<int>());
        Assert.Equal(1, charlie["open"]!.GetValue<int>());
        Assert.Equal(0.3333m, charlie["responseRate"]!.GetValue<decimal>());
        Assert.Equal(31m, charlie["medianDaysToFirstReply"]!.GetValue<decimal>());
        Assert.Equal(1, charlie["timedReplies"]!.GetValue<int>());
    }
}
