using System.Net;
using LetterTracker.Api.Tests.Infrastructure;
using static LetterTracker.Api.Tests.Features.Stats.StatsApp;

namespace LetterTracker.Api.Tests.Features.Stats;

public sealed class RecipientStatsTests(StatsApp app) : IClassFixture<StatsApp>
{
    private const string Url = "/api/stats/recipients";
    private readonly HttpClient client = app.Host.CreateClient();

    [Fact]
    public async Task Each_recipient_has_its_counts_response_rate_and_median_reply_time()
    {
        var data = app.Data;
        var items = await client.GetAllAsync(Url);
        Assert.Equal(4, items.Count);
        var byName = items.ToDictionary(i => i["recipient"].Str("name"));

        // Alpha: L1 responded, L2 declined, L3 sent (due 30 Apr: overdue on 15 May), L4 draft.
        // Sent (not draft) 3, answered 1 + 1 = 2: rate 2/3 = 0.6667. First replies after 5 days (L1)
        // and 2 days (L2's acknowledgement): even count, median (2 + 5) / 2 = 3.5.
        AssertJson(new
        {
            recipient = new { id = data.Alpha, name = "Alpha", acronym = (string?)null },
            dispatches = 4,
            drafts = 1,
            open = 1,
            overdue = 1,
            responded = 1,
            referred = 0,
            declined = 1,
            closed = 0,
            answered = 2,
            responseRate = 0.6667m,
            medianDaysToFirstReply = 3.5m,
            timedReplies = 2,
        }, byName["Alpha"]);

        // Bravo: L1 referred (3 days), L2 acknowledged (7 days; open, due 15 May: not yet overdue on 15 May),
        // L3 responded (11 days), L5 responded (send day unknown: no delay). Answered 1 + 1 + 1 = 3 of 4
        // sent: 0.75. Delays 3, 7, 11: odd count, median 7 over 3 replies.
        AssertJson(new
        {
            recipient = new { id = data.Bravo, name = "Bravo", acronym = (string?)null },
            dispatches = 4,
            drafts = 0,
            open = 1,
            overdue = 0,
            responded = 2,
            referred = 1,
            declined = 0,
            closed = 0,
            answered = 3,
            responseRate = 0.75m,
            medianDaysToFirstReply = 7m,
            timedReplies = 3,
        }, byName["Bravo"]);

        // Charlie: L1 closed, L2 sent (due 25 May), L4 draft, L5 sent (no due date). Open 2, answered 0
        // of 3 sent: a rate of 0, not null; no reply, so no median.
        AssertJson(new
        {
            recipient = new { id = data.Charlie, name = "Charlie", acronym = (string?)null },
            dispatches = 4,
            drafts = 1,
            open = 2,
            overdue = 0,
            responded = 0,
            referred = 0,
            declined = 0,
            closed = 1,
            answered = 0,
            responseRate = 0m,
            medianDaysToFirstReply = (decimal?)null,
            timedReplies = 0,
        }, byName["Charlie"]);

        // Delta: no dispatch (a referral to it opened none): zeros, and no rate at all.
        AssertJson(new
        {
            recipient = new { id = data.Delta, name = "Delta", acronym = (string?)null },
            dispatches = 0,
            drafts = 0,
            open = 0,
            overdue = 0,
            responded = 0,
            referred = 0,
            declined = 0,
            closed = 0,
            answered = 0,
            responseRate = (decimal?)null,
            medianDaysToFirstReply = (decimal?)null,
            timedReplies = 0,
        }, byName["Delta"]);
    }

    [Fact]
    public async Task Recipients_are_paged_by_id_with_a_cursor_and_a_Link_header()
    {
        var all = (await client.GetObjectAsync($"{Url}?limit=200"))["items"]!.AsArray().Select(i => i!["recipient"].Str("id")).ToList();
        Assert.Equal(all.Order(StringComparer.Ordinal), all);

        using var first = await client.GetAsync($"{Url}?limit=3");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var page = await first.ReadObjectAsync();
        Assert.Equal(all.Take(3), page["items"]!.AsArray().Select(i => i!["recipient"].Str("id")));
        var link = first.Headers.GetValues("Link").Single();
        Assert.Equal($"<{Url}?limit=3&cursor={page.Str("nextCursor")}>; rel=\"next\"", link);

        var second = await client.GetObjectAsync($"{Url}?limit=3&cursor={page.Str("nextCursor")}");
        Assert.Equal([all[3]], second["items"]!.AsArray().Select(i => i!["recipient"].Str("id")));
        Assert.Null(second["nextCursor"]);
    }

    [Theory]
    [InlineData("ngo", "Bravo")]
    [InlineData("unAgency", "Alpha")]
    [InlineData("euInstitution", "Delta")]
    public async Task Kind_filters_by_the_camelCase_kind(string kind, string name)
    {
        var items = await client.GetAllAsync($"{Url}?kind={kind}");
        Assert.Equal([name], items.Select(i => i["recipient"].Str("name")));
    }

    [Fact]
    public async Task A_kind_with_no_recipient_gives_an_empty_page()
    {
        var page = await client.GetObjectAsync($"{Url}?kind=intergovernmental");
        Assert.Empty(page["items"]!.AsArray());
        Assert.Null(page["nextCursor"]);
    }

    [Theory]
    [InlineData("kind=pigeon", "kind")]
    [InlineData("kind=NGO", "kind")]
    [InlineData("kind=", "kind")]
    [InlineData("kind=3", "kind")]
    [InlineData("kind=UnAgency,ngo", "kind")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("cursor=nonsense", "cursor")]
    public async Task Bad_parameters_are_400_problems_keyed_by_the_parameter(string query, string parameter)
    {
        using var response = await client.GetAsync($"{Url}?{query}");
        await response.AssertInvalidAsync(parameter);
    }
}
