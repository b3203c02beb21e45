using LetterTracker.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Performance;

/// <summary>
/// The hot reads answer from indexes: SQLite's plan for each statement they run seeks an index and
/// neither scans nor sorts Letters, Dispatches or DispatchEvents (see <see cref="QueryPlans"/>). Plans,
/// not timings: without ANALYZE statistics SQLite plans the same on the seed as on a million rows.
/// </summary>
public sealed class QueryPlanTests : IAsyncLifetime
{
    private readonly LetterTrackerApp app = new();

    /// <summary>The seed's 13 sent dispatches, one per recipient, all overdue.</summary>
    public Task InitializeAsync()
    {
        app.Clock.Now = new DateTimeOffset(2027, 1, 1, 9, 0, 0, TimeSpan.Zero);
        return app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""UPDATE "Dispatches" SET "DueOn" = '2025-05-01'"""));
    }

    public Task DisposeAsync()
    {
        app.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("&sort=dueOn")]
    [InlineData("&sort=-dueOn")]
    public async Task The_overdue_list_seeks_the_index_of_dispatches_awaiting_a_reply(string sort) =>
        await AssertPagesIndexedAsync($"/api/dispatches?overdue=true&limit=2{sort}");

    [Fact]
    public async Task The_overdue_list_in_id_order_walks_the_index_of_dispatches_awaiting_a_reply() =>
        // The first page reads that index from its start; the next ones seek the cursor's id.
        await AssertPagesIndexedAsync("/api/dispatches?overdue=true&limit=2", "IX_Dispatches_AwaitingReply_Id");

    [Theory]
    [InlineData("")]
    [InlineData("&sort=dueOn")]
    public async Task The_overdue_list_of_one_recipient_seeks_the_index_of_its_dispatches_awaiting_a_reply(string sort)
    {
        var recipient = await app.WithDbAsync(db => db.Dispatches.GroupBy(d => d.RecipientId)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync());
        // One overdue dispatch: no next page.
        QueryPlans.AssertIndexed(WithoutTrailingRows(await QueryPlans.ExplainAsync(app, $"/api/dispatches?overdue=true&recipientId={recipient}&limit=1{sort}")));
    }

    [Fact]
    public async Task The_overdue_list_plan_names_the_partial_index()
    {
        var statements = await QueryPlans.ExplainAsync(app, "/api/dispatches?overdue=true&sort=dueOn");
        Assert.Contains(statements, s => s.Plan.Any(p => p.Detail.Contains("IX_Dispatches_AwaitingReply_DueOn", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("/api/calendar.ics?from=2025-01-01&to=2025-12-31")]
    [InlineData("/api/calendar.ics?from=2025-01-01&to=2025-12-31&recipientId=0196371c-2a40-7f61-9d8c-4b3e2a1f0c05")]
    public async Task The_calendar_feed_seeks_the_indexes_of_dispatches_awaiting_a_reply(string path)
    {
        var statements = await QueryPlans.ExplainAsync(app, path);
        QueryPlans.AssertIndexed(statements);
        Assert.Contains(statements, s => s.Plan.Any(p => p.Detail.Contains("IX_Dispatches_AwaitingReply_DueOn", StringComparison.Ordinal)
            || p.Detail.Contains("IX_Dispatches_AwaitingReply_RecipientId_DueOn", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("/api/stats/recipients")]
    [InlineData("/api/stats/recipients?kind=unAgency&limit=5")]
    public async Task Statistics_per_recipient_read_counters(string path)
    {
        var statements = await QueryPlans.ExplainAsync(app, path);
        QueryPlans.AssertIndexed(statements);
        // The counters are read by the page's recipients, never whole: AwaitingReplyTallies by
        // recipient and the days from today on (bounded by the reply window), not all its days.
        Assert.All(statements, s => Assert.True(!s.Scans(CountersByRecipient).Any(), $"Scans a counter:\n{s}"));
        Assert.All(statements.SelectMany(s => s.Reading(["AwaitingReplyTallies"]), (s, step) => (s, step)), read =>
            Assert.True(read.step.Detail.Contains("(RecipientId=? AND DueOn>?)", StringComparison.Ordinal), $"Reads days before today:\n{read.s}"));
    }

    [Fact]
    public async Task The_overview_reads_no_dispatch_nor_letter_nor_a_counter_by_recipient_and_day()
    {
        // Its overdue total reads AwaitingReplyDayTallies (a row per day) and its letters LetterTallies
        // (a row per status): nothing that grows with the dispatches or the letters.
        var statements = await QueryPlans.ExplainAsync(app, "/api/stats/overview");
        Assert.All(statements, s => Assert.True(
            !s.Reading([.. QueryPlans.GrowingTables, "AwaitingReplyTallies", "ReplyDelayTallies"]).Any(), $"Reads a growing table:\n{s}"));
        Assert.Contains(statements, s => s.Reading(["AwaitingReplyDayTallies"]).Any());
        Assert.Contains(statements, s => s.Reading(["LetterTallies"]).Any());
    }

    [Fact]
    public async Task A_letters_progress_reads_its_own_dispatches()
    {
        var letter = await app.WithDbAsync(db => db.Letters.Select(l => l.Id).FirstAsync());
        var statements = await QueryPlans.ExplainAsync(app, $"/api/stats/letters/{letter}");
        // Seeks by letter; the sort by id is of that letter's dispatches alone (one per recipient).
        Assert.All(statements, s => Assert.True(s.UsesIndex && !s.Scans(QueryPlans.GrowingTables).Any(), $"Scans:\n{s}"));
    }

    [Theory]
    [InlineData("Aghdam")]
    [InlineData("mine&type=source")]
    public async Task Search_reads_the_full_text_index(string q) =>
        await AssertPagesIndexedAsync($"/api/search?q={q}&limit=1");

    [Theory]
    [InlineData("")]
    [InlineData("&sort=-sentOn")]
    [InlineData("&sort=sentOn")]
    public async Task A_page_of_letters_and_the_next_seek_their_order_and_count_dispatches_from_an_index(string sort)
    {
        using var client = app.CreateClient();
        foreach (var sentOn in new[] { "2025-04-10", "2025-04-12" })
        {
            await client.CreateAsync("/api/letters", new { subject = $"Sent on {sentOn}", status = "sent", sentOn });
        }

        // The first page in id order walks the primary key from its start (stopped by the LIMIT).
        await AssertPagesIndexedAsync($"/api/letters?limit=1{sort}", "sqlite_autoindex_Letters_1");
    }

    [Fact]
    public async Task A_page_of_letters_counts_overdue_dispatches_by_one_seek_per_letter()
    {
        // The partial index of the dispatches awaiting a reply by letter: one seek, where an index with
        // Status before DueOn took one per awaited status.
        var statements = await QueryPlans.ExplainAsync(app, "/api/letters?limit=5&sort=-sentOn");
        QueryPlans.AssertIndexed(statements);
        Assert.Contains(statements, s => s.Plan.Any(p => p.Detail.Contains("IX_Dispatches_AwaitingReply_LetterId_DueOn", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_letter_by_id_seeks_it_and_its_related_records()
    {
        var letter = await app.WithDbAsync(db => db.Letters.Select(l => l.Id).FirstAsync());
        QueryPlans.AssertIndexed(await QueryPlans.ExplainAsync(app, $"/api/letters/{letter}"));
    }

    [Fact]
    public async Task A_page_of_letters_in_one_status_seeks_that_status_in_id_order()
    {
        using var client = app.CreateClient();
        await client.CreateAsync("/api/letters", new { subject = "A second sent letter", status = "sent", sentOn = "2025-04-10" });
        await AssertPagesIndexedAsync("/api/letters?limit=1&status=sent");
    }

    [Fact]
    public async Task A_page_of_dispatches_walks_their_primary_key() =>
        await AssertPagesIndexedAsync("/api/dispatches?limit=2", "sqlite_autoindex_Dispatches_1");

    /// <summary>Counters with a row per recipient and something else: they grow with the recipients and their history.</summary>
    private static readonly string[] CountersByRecipient = ["DispatchTallies", "AwaitingReplyTallies", "ReplyDelayTallies", "AwaitingReplyTotals"];

    /// <summary>
    /// Leaves out the query of the records without dueOn that a dueOn order reads after the others
    /// when a page is not full (Common/Paging/KeysetOrder): the overdue filter excludes them, so EF Core
    /// writes WHERE 0, which SQLite answers without reading a row though its plan names a scan.
    /// </summary>
    private static List<ExplainedStatement> WithoutTrailingRows(IReadOnlyList<ExplainedStatement> statements) =>
        [.. statements.Where(s => !s.Sql.Contains("WHERE 0\n", StringComparison.Ordinal))];

    /// <summary>The first page and the one after it (the cursor's seek), each statement indexed.</summary>
    private async Task AssertPagesIndexedAsync(string path, string? walkedOnFirstPage = null)
    {
        var first = await QueryPlans.ExplainAsync(app, path);
        QueryPlans.AssertIndexed(first, walkedOnFirstPage is null ? [] : [walkedOnFirstPage]);
        using var client = app.CreateClient();
        var cursor = (await client.GetObjectAsync(path))["nextCursor"]?.GetValue<string>();
        Assert.NotNull(cursor);
        QueryPlans.AssertIndexed(await QueryPlans.ExplainAsync(app, $"{path}&cursor={Uri.EscapeDataString(cursor)}"));
    }
}
