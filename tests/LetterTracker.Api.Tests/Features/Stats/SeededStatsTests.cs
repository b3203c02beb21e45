using LetterTracker.Api.Tests.Infrastructure;
using static LetterTracker.Api.Tests.Features.Stats.StatsApp;

namespace LetterTracker.Api.Tests.Features.Stats;

/// <summary>The statistics of the seeded reports: one letter, dispatched to 13 bodies, no reply recorded.</summary>
public sealed class SeededStatsTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task The_overview_counts_13_sent_dispatches_and_two_incidents_without_casualty_numbers()
    {
        // 13 dispatches, all sent, none answered: rate 0/13 = 0. No report dates the letter to the day,
        // so no dispatch has a due date and none is overdue. Neither report gives a casualty number or
        // says whether the victims were civilians: both incidents are unknown, none counted as 0.
        AssertJson(new
        {
            dispatches = new
            {
                total = 13,
                byStatus = new { draft = 0, sent = 13, delivered = 0, acknowledged = 0, responded = 0, referred = 0, declined = 0, closed = 0 },
                open = 13,
                overdue = 0,
                answered = 0,
                responseRate = 0m,
            },
            letters = new { total = 1, draft = 0, sent = 1, closed = 0 },
            incidents = new
            {
                total = 2,
                killed = new { total = 0, known = 0, unknown = 2 },
                injured = new { total = 0, known = 0, unknown = 2 },
                civilian = new { yes = 0, no = 0, unknown = 2 },
            },
        }, await client.GetObjectAsync("/api/stats/overview"));
    }

    [Fact]
    public async Task Thirteen_recipients_have_one_open_dispatch_and_the_three_parents_none()
    {
        var items = await client.GetAllAsync("/api/stats/recipients", limit: 5);
        Assert.Equal(16, items.Count);
        var written = items.Where(i => i["dispatches"]!.GetValue<int>() == 1).ToList();
        Assert.Equal(13, written.Count);
        Assert.All(written, i => Assert.Equal("1 1 0 0 0", $"{i["open"]} {i["dispatches"]} {i["overdue"]} {i["answered"]} {i["responseRate"]}"));
        var parents = items.Except(written).ToList();
        Assert.Equal(["Amnesty International", "Human Rights Watch", "OSCE"], parents.Select(p => p["recipient"].Str("name")).Order());
        Assert.All(parents, p => Assert.Null(p["responseRate"]));
        Assert.All(items, i => Assert.Null(i["medianDaysToFirstReply"]));
    }

    [Fact]
    public async Task The_seeded_letter_has_13_sent_dispatches_and_no_reply()
    {
        var listed = Assert.Single(await client.GetAllAsync("/api/letters"));
        var letter = await client.GetObjectAsync($"/api/letters/{listed.Str("id")}");
        var progress = await client.GetObjectAsync($"/api/stats/letters/{letter.Str("id")}");
        Assert.Equal(13, progress["total"]!.GetValue<int>());
        Assert.Equal(13, progress["byStatus"]!["sent"]!.GetValue<int>());
        Assert.Equal(0m, progress["responseRate"]!.GetValue<decimal>());
        Assert.Null(progress["medianDaysToFirstReply"]);
        Assert.Equal(
            letter["dispatches"]!.AsArray().Select(d => d.Str("id")).Order(StringComparer.Ordinal),
            progress["dispatches"]!.AsArray().Select(d => d.Str("id")));
    }

    [Fact]
    public async Task The_statistics_are_documented_under_their_tag_with_examples()
    {
        var document = await client.GetObjectAsync("/swagger/v1/swagger.json");
        foreach (var path in new[] { "/api/stats/recipients", "/api/stats/letters/{letterId}", "/api/stats/overview" })
        {
            Assert.Equal("Statistics", document["paths"]![path]!["get"]!["tags"]![0]!.GetValue<string>());
        }

        var schemas = document["components"]!["schemas"]!;
        foreach (var schema in new[] { "RecipientStats", "LetterProgress", "DispatchProgress", "DispatchStatusCounts", "StatsOverview", "DispatchTotals", "LetterTotals", "IncidentTotals", "CasualtyCount", "CivilianCount" })
        {
            Assert.True(schemas[schema]?["example"] is not null, $"{schema} has no example");
        }
    }
}
