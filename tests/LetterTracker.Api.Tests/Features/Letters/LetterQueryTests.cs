using LetterTracker.Api.Tests.Database;
using LetterTracker.Api.Tests.Infrastructure;
using static LetterTracker.Api.Tests.Infrastructure.ListQueries;

namespace LetterTracker.Api.Tests.Features.Letters;

/// <summary>GET /api/letters: each filter, the sent-date range against days and windows, sorts, bad parameters.</summary>
public sealed class LetterQueryTests(LetterQueryTests.App fixture) : IClassFixture<LetterQueryTests.App>
{
    private const string List = "/api/letters";

    /// <summary>One unseeded app holding <see cref="Data"/>, which the tests only read.</summary>
    public sealed class App : IAsyncLifetime
    {
        public LetterTrackerApp Host { get; } = new(seed: false);

        public Data Data { get; private set; } = null!;

        public async Task InitializeAsync() => Data = await Data.ArrangeAsync(Host);

        public Task DisposeAsync()
        {
            Host.Dispose();
            return Task.CompletedTask;
        }
    }

    /// <summary>
    /// Seven letters, arranged over HTTP:
    /// <code>
    ///      status  sent                      signed by  about  to        subject
    /// L1   sent    on 2025-04-10             A          X      R1        Letter about Aghdam mines
    /// L2   sent    within 2025-04-01..04-12  A, B       Y      R1, R2    Letter about minefield maps
    /// L3   draft   -                         B          X      R2        Draft about Aghdam
    /// L4   closed  on 2025-03-15             -          X, Y   -         Closed letter on minefield maps
    /// L5   sent    within 2025-04-20..       A          -      -         Fifth letter
    /// L6   sent    within ..2025-03-31       -          -      -         Sixth letter
    /// L7   sent    on 2025-04-10             -          -      -         Seventh letter
    /// </code>
    /// </summary>
    public sealed record Data(
        string OrgA, string OrgB, string IncX, string IncY, string R1, string R2,
        string L1, string L2, string L3, string L4, string L5, string L6, string L7)
    {
        public string[] All => [L1, L2, L3, L4, L5, L6, L7];

        public static async Task<Data> ArrangeAsync(LetterTrackerApp app)
        {
            app.Clock.Now = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
            using var client = app.CreateClient();
            async Task<string> Create(string collection, object body) => (await client.CreateAsync(collection, body)).Str("id");
            Task<string> Incident(string district) => Create("/api/incidents", new
            {
                title = $"Mine explosion in {district}",
                kind = "landmineExplosion",
                country = "Azerbaijan",
                district,
                occurredFrom = "2025-04-06",
                occurredTo = "2025-04-07",
                description = "A test incident.",
            });
            Task<string> Letter(string subject, string status, string[] signatoryIds, string[] incidentIds, string[] recipientIds,
                string? sentOn = null, string? sentFrom = null, string? sentTo = null) =>
                Create(List, new { subject, status, signatoryIds, incidentIds, recipientIds, sentOn, sentFrom, sentTo });

            var orgA = await Create("/api/organisations", new { name = "Query test organisation A", kind = "diasporaOrganisation" });
            var orgB = await Create("/api/organisations", new { name = "Query test organisation B", kind = "diasporaOrganisation" });
            var incX = await Incident("Aghdam");
            var incY = await Incident("Jabrayil");
            var r1 = await Create("/api/recipients", new { name = "UN Mine Action Service", kind = "unAgency" });
            var r2 = await Create("/api/recipients", new { name = "Deutsche Welle", kind = "media" });

            var l1 = await Letter("Letter about Aghdam mines", "sent", [orgA], [incX], [r1], sentOn: "2025-04-10");
            var l2 = await Letter("Letter about minefield maps", "sent", [orgA, orgB], [incY], [r1, r2], sentFrom: "2025-04-01", sentTo: "2025-04-12");
            var l3 = await Letter("Draft about Aghdam", "draft", [orgB], [incX], [r2]);
            var l4 = await Letter("Closed letter on minefield maps", "closed", [], [incX, incY], [], sentOn: "2025-03-15");
            var l5 = await Letter("Fifth letter", "sent", [orgA], [], [], sentFrom: "2025-04-20");
            var l6 = await Letter("Sixth letter", "sent", [], [], [], sentTo: "2025-03-31");
            var l7 = await Letter("Seventh letter", "sent", [], [], [], sentOn: "2025-04-10");
            return new Data(orgA, orgB, incX, incY, r1, r2, l1, l2, l3, l4, l5, l6, l7);
        }
    }

    private readonly HttpClient client = fixture.Host.CreateClient();
    private Data Set => fixture.Data;

    [Fact]
    public Task Each_filter_alone_finds_exactly_its_letters() => AssertEachFilterAsync(client, Set);

    [Fact]
    public Task A_sent_date_range_matches_days_within_it_and_windows_overlapping_it() => AssertSentRangesAsync(client, Set);

    [Fact]
    public Task Filters_combine_with_AND() => AssertCombinedFiltersAsync(client, Set);

    [Fact]
    public Task Every_sort_pages_through_each_letter_once_in_order_both_ways() => AssertSortsAsync(client, Set);

    [PostgresFact]
    public async Task Filters_and_sorts_answer_the_same_over_postgres()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var app = PostgresApp(database);
        var set = await Data.ArrangeAsync(app);
        using var postgresClient = app.CreateClient();
        await AssertEachFilterAsync(postgresClient, set);
        await AssertSentRangesAsync(postgresClient, set);
        await AssertCombinedFiltersAsync(postgresClient, set);
        await AssertSortsAsync(postgresClient, set);
    }

    private static async Task AssertEachFilterAsync(HttpClient client, Data s)
    {
        await client.AssertListAsync($"{List}?organisationId={s.OrgA}", ById(s.L1, s.L2, s.L5));
        await client.AssertListAsync($"{List}?organisationId={s.OrgB}", ById(s.L2, s.L3));
        await client.AssertListAsync($"{List}?recipientId={s.R1}", ById(s.L1, s.L2));
        await client.AssertListAsync($"{List}?recipientId={s.R2}", ById(s.L2, s.L3));
        await client.AssertListAsync($"{List}?recipientId={Guid.NewGuid()}");
        await client.AssertListAsync($"{List}?incidentId={s.IncX}", ById(s.L1, s.L3, s.L4));
        await client.AssertListAsync($"{List}?incidentId={s.IncY}", ById(s.L2, s.L4));
        await client.AssertListAsync($"{List}?status=sent", ById(s.L1, s.L2, s.L5, s.L6, s.L7));
        await client.AssertListAsync($"{List}?status=draft", s.L3);
        await client.AssertListAsync($"{List}?status=closed", s.L4);
        await client.AssertListAsync($"{List}?q=minefield", ById(s.L2, s.L4));
        await client.AssertListAsync($"{List}?q=AGHDAM", ById(s.L1, s.L3));
        await client.AssertListAsync($"{List}?q=%22minefield%20maps%22%20closed", s.L4);
        await client.AssertListAsync($"{List}?q=zanzibar");
    }

    private static async Task AssertSentRangesAsync(HttpClient client, Data s)
    {
        // One day: the letters sent that day, and L2, whose window 1–12 April holds it.
        await client.AssertListAsync($"{List}?sentFrom=2025-04-10&sentTo=2025-04-10", ById(s.L1, s.L2, s.L7));
        // Both ends inclusive, for days and windows: L2's window ends on the 12th, L5's starts on the 20th.
        await client.AssertListAsync($"{List}?sentFrom=2025-04-12", ById(s.L2, s.L5));
        await client.AssertListAsync($"{List}?sentFrom=2025-04-13", s.L5);
        await client.AssertListAsync($"{List}?sentTo=2025-03-31", ById(s.L4, s.L6));
        await client.AssertListAsync($"{List}?sentTo=2025-04-01", ById(s.L2, s.L4, s.L6));
        // A range inside a window overlaps it; the days around it are outside.
        await client.AssertListAsync($"{List}?sentFrom=2025-04-11&sentTo=2025-04-19", s.L2);
        await client.AssertListAsync($"{List}?sentFrom=2025-04-13&sentTo=2025-04-19");
        // A draft was never sent, so no range holds it.
        await client.AssertListAsync($"{List}?sentFrom=2025-01-01&sentTo=2025-12-31", ById(s.L1, s.L2, s.L4, s.L5, s.L6, s.L7));
    }

    private static async Task AssertCombinedFiltersAsync(HttpClient client, Data s)
    {
        await client.AssertListAsync($"{List}?organisationId={s.OrgA}&sentFrom=2025-04-11", ById(s.L2, s.L5));
        await client.AssertListAsync($"{List}?incidentId={s.IncX}&status=sent", s.L1);
        await client.AssertListAsync($"{List}?recipientId={s.R2}&organisationId={s.OrgB}&status=draft", s.L3);
        await client.AssertListAsync($"{List}?incidentId={s.IncY}&sentTo=2025-03-31", s.L4);
        await client.AssertListAsync($"{List}?q=minefield&status=sent&recipientId={s.R2}", s.L2);
        await client.AssertListAsync($"{List}?organisationId={s.OrgB}&incidentId={s.IncX}&recipientId={s.R1}");
    }

    private static async Task AssertSortsAsync(HttpClient client, Data s)
    {
        await client.AssertListAsync(List, ById(s.All));
        await client.AssertListAsync($"{List}?sort=createdAt", ById(s.All));
        await client.AssertListAsync($"{List}?sort=-createdAt", ByIdDescending(s.All));
        // L1 and L7 share their day: by id. Letters without sentOn (windows, the draft) come last.
        await client.AssertListAsync($"{List}?sort=sentOn", [s.L4, .. ById(s.L1, s.L7), .. ById(s.L2, s.L3, s.L5, s.L6)]);
        await client.AssertListAsync($"{List}?sort=-sentOn", [.. ByIdDescending(s.L1, s.L7), s.L4, .. ByIdDescending(s.L2, s.L3, s.L5, s.L6)]);
        await client.AssertListAsync($"{List}?sentFrom=2025-04-10&sentTo=2025-04-10&sort=-sentOn", [.. ByIdDescending(s.L1, s.L7), s.L2]);
    }

    [Theory]
    [InlineData("status=Sent", "status")]
    [InlineData("status=0", "status")]
    [InlineData("status=overdue", "status")]
    [InlineData("status=", "status")]
    [InlineData("organisationId=abc", "organisationId")]
    [InlineData("recipientId=abc", "recipientId")]
    [InlineData("incidentId=", "incidentId")]
    [InlineData("sentFrom=2025-02-30", "sentFrom")]
    [InlineData("sentFrom=04/10/2025", "sentFrom")]
    [InlineData("sentTo=yesterday", "sentTo")]
    [InlineData("sentFrom=2025-04-10&sentTo=2025-04-09", "sentTo")]
    [InlineData("sort=dueOn", "sort")] // a dispatch sort, not a letter sort
    [InlineData("sort=-sentAt", "sort")]
    [InlineData("sort=subject", "sort")]
    [InlineData("q=", "q")]
    [InlineData("q=%20%20", "q")]
    [InlineData("q=%22%22", "q")] // no word to search for
    [InlineData("q=minefield&q=maps", "q")]
    [InlineData("status=sent&status=closed", "status")]
    [InlineData("sentFrom=2025-04-01&sentFrom=2025-04-02", "sentFrom")]
    public Task A_bad_parameter_is_a_400_keyed_by_it(string query, string parameter) =>
        client.AssertRefusedAsync($"{List}?{query}", parameter);

    [Fact]
    public Task A_search_longer_than_200_characters_is_refused() =>
        client.AssertRefusedAsync($"{List}?q={new string('a', 201)}", "q");
}
