using LetterTracker.Api.Tests.Infrastructure;
using static LetterTracker.Api.Tests.Features.Stats.StatsApp;

namespace LetterTracker.Api.Tests.Features.Stats;

public sealed class StatsOverviewTests(StatsApp app) : IClassFixture<StatsApp>
{
    private const string Url = "/api/stats/overview";

    [Fact]
    public async Task The_overview_totals_dispatches_letters_and_incidents_keeping_unknown_casualties_apart()
    {
        using var client = app.Host.CreateClient();
        var overview = await client.GetObjectAsync(Url);

        // 12 dispatches: L1 3 + L2 3 + L3 2 + L4 2 + L5 2. Drafts: L4's 2. Sent: L3/Alpha, L2/Charlie,
        // L5/Charlie. Acknowledged: L2/Bravo. Responded: L1/Alpha, L3/Bravo, L5/Bravo. Referred: L1/Bravo.
        // Declined: L2/Alpha. Closed: L1/Charlie. Open 3 + 1 = 4; overdue on 15 May: L3/Alpha only.
        // Answered 3 + 1 + 1 = 5 of 12 - 2 = 10 sent: 0.5.
        // Letters: L4 draft, L1 closed (each of its dispatches has an outcome), the 3 others sent.
        // Incidents: killed 2, unknown, 0: total 2 + 0 = 2 over 2 known, 1 unknown (not a 0).
        // Injured 3, 1, unknown: 4 over 2 known, 1 unknown. Civilian: true, unknown, false.
        AssertJson(new
        {
            dispatches = new
            {
                total = 12,
                byStatus = new { draft = 2, sent = 3, delivered = 0, acknowledged = 1, responded = 3, referred = 1, declined = 1, closed = 1 },
                open = 4,
                overdue = 1,
                answered = 5,
                responseRate = 0.5m,
            },
            letters = new { total = 5, draft = 1, sent = 3, closed = 1 },
            incidents = new
            {
                total = 3,
                killed = new { total = 2, known = 2, unknown = 1 },
                injured = new { total = 4, known = 2, unknown = 1 },
                civilian = new { yes = 1, no = 1, unknown = 1 },
            },
        }, overview);
    }

    [Fact]
    public async Task An_empty_database_has_zeros_and_no_rate()
    {
        using var empty = new LetterTrackerApp(seed: false);
        using var client = empty.CreateClient();
        AssertJson(new
        {
            dispatches = new
            {
                total = 0,
                byStatus = new { draft = 0, sent = 0, delivered = 0, acknowledged = 0, responded = 0, referred = 0, declined = 0, closed = 0 },
                open = 0,
                overdue = 0,
                answered = 0,
                responseRate = (decimal?)null,
            },
            letters = new { total = 0, draft = 0, sent = 0, closed = 0 },
            incidents = new
            {
                total = 0,
                killed = new { total = 0, known = 0, unknown = 0 },
                injured = new { total = 0, known = 0, unknown = 0 },
                civilian = new { yes = 0, no = 0, unknown = 0 },
            },
        }, await client.GetObjectAsync(Url));
        Assert.Empty((await client.GetObjectAsync("/api/stats/recipients"))["items"]!.AsArray());
    }
}
