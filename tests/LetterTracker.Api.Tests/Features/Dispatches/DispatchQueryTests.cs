using System.Net;
using LetterTracker.Api.Tests.Database;
using LetterTracker.Api.Tests.Infrastructure;
using static LetterTracker.Api.Tests.Infrastructure.ListQueries;

namespace LetterTracker.Api.Tests.Features.Dispatches;

/// <summary>GET /api/dispatches: each filter, filters together, every sort both ways across pages, bad parameters.</summary>
public sealed class DispatchQueryTests(DispatchQueryTests.App fixture) : IClassFixture<DispatchQueryTests.App>
{
    private const string List = "/api/dispatches";

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
    /// Seven dispatches of three letters, arranged over HTTP with today 2025-06-01:
    /// <code>
    ///     letter  recipient (kind, days)  sentAt            dueOn       status
    /// A   L1      UNMAS (unAgency, 10)    2025-04-10 08:00  2025-04-20  sent       overdue
    /// B   L1      DW (media, 20)          -                 2025-04-30  draft      (L1's sentOn 2025-04-10 + 20)
    /// C   L2      ICBL (ngo, 30)          2025-03-21 08:00  2025-04-20  responded
    /// D   L2      UNMAS                   2025-04-10 08:00  2025-04-20  delivered  overdue
    /// E   L2      BBC (media, 10)         -                 -           draft
    /// F   L3      DW                      -                 -           draft
    /// G   L2      DW                      2025-05-25 08:00  2025-06-14  sent
    /// </code>
    /// L1 is signed by organisation A and about incident X, L2 by A and B about Y, L3 (a draft) by B about X.
    /// </summary>
    public sealed record Data(
        string L1, string L2, string L3, string OrgA, string OrgB, string IncX, string IncY,
        string Unmas, string Dw, string Icbl, string Bbc,
        string A, string B, string C, string D, string E, string F, string G)
    {
        public string[] All => [A, B, C, D, E, F, G];

        public static async Task<Data> ArrangeAsync(LetterTrackerApp app)
        {
            app.Clock.Now = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
            using var client = app.CreateClient();
            async Task<string> Create(string collection, object body) => (await client.CreateAsync(collection, body)).Str("id");
            Task<string> Organisation(string name) => Create("/api/organisations", new { name, kind = "diasporaOrganisation" });
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
            Task<string> Recipient(string name, string kind, int responseDays) => Create("/api/recipients", new { name, kind, responseDays });
            Task<string> Dispatch(string letterId, string recipientId, string? sentAt = null) =>
                Create("/api/dispatches", new { letterId, recipientId, sentAt });
            async Task Event(string dispatch, string type, string at)
            {
                using var response = await client.PostJsonAsync($"/api/dispatches/{dispatch}/events", new { type, at });
                Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            }

            var orgA = await Organisation("Query test organisation A");
            var orgB = await Organisation("Query test organisation B");
            var incX = await Incident("Aghdam");
            var incY = await Incident("Jabrayil");
            var unmas = await Recipient("UN Mine Action Service", "unAgency", 10);
            var dw = await Recipient("Deutsche Welle", "media", 20);
            var icbl = await Recipient("International Campaign to Ban Landmines", "ngo", 30);
            var bbc = await Recipient("BBC News", "media", 10);
            var l1 = await Create("/api/letters", new { subject = "Letter 1", status = "sent", sentOn = "2025-04-10", signatoryIds = new[] { orgA }, incidentIds = new[] { incX } });
            var l2 = await Create("/api/letters", new { subject = "Letter 2", status = "sent", signatoryIds = new[] { orgA, orgB }, incidentIds = new[] { incY } });
            var l3 = await Create("/api/letters", new { subject = "Letter 3", status = "draft", signatoryIds = new[] { orgB }, incidentIds = new[] { incX } });

            var a = await Dispatch(l1, unmas, "2025-04-10T08:00:00+00:00");
            var b = await Dispatch(l1, dw);
            var c = await Dispatch(l2, icbl, "2025-03-21T08:00:00+00:00");
            var d = await Dispatch(l2, unmas, "2025-04-10T10:00:00+02:00"); // the same instant as A's
            var e = await Dispatch(l2, bbc);
            var f = await Dispatch(l3, dw);
            var g = await Dispatch(l2, dw, "2025-05-25T08:00:00+00:00");
            await Event(c, "delivered", "2025-03-22T08:00:00+00:00");
            await Event(c, "responded", "2025-04-01T08:00:00+00:00");
            await Event(d, "delivered", "2025-04-11T08:00:00+00:00");

            // The arrangement the expectations below are computed from.
            var shown = (await client.GetAllAsync(List)).ToDictionary(x => x.Str("id"), x => $"{x.Str("status")} {x.StrOrNull("dueOn")} {x.StrOrNull("sentAt")}");
            Assert.Equal("sent 2025-04-20 2025-04-10T08:00:00+00:00", shown[a]);
            Assert.Equal("draft 2025-04-30 ", shown[b]);
            Assert.Equal("responded 2025-04-20 2025-03-21T08:00:00+00:00", shown[c]);
            Assert.Equal("delivered 2025-04-20 2025-04-10T08:00:00+00:00", shown[d]);
            Assert.Equal("draft  ", shown[e]);
            Assert.Equal("draft  ", shown[f]);
            Assert.Equal("sent 2025-06-14 2025-05-25T08:00:00+00:00", shown[g]);

            return new Data(l1, l2, l3, orgA, orgB, incX, incY, unmas, dw, icbl, bbc, a, b, c, d, e, f, g);
        }
    }

    private readonly HttpClient client = fixture.Host.CreateClient();
    private Data Set => fixture.Data;

    [Fact]
    public Task Each_filter_alone_finds_exactly_its_dispatches() => AssertEachFilterAsync(client, Set);

    [Fact]
    public Task Filters_combine_with_AND() => AssertCombinedFiltersAsync(client, Set);

    [Fact]
    public Task Every_sort_pages_through_each_dispatch_once_in_order_both_ways() => AssertSortsAsync(client, Set);

    [PostgresFact]
    public async Task Filters_and_sorts_answer_the_same_over_postgres()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var app = PostgresApp(database);
        var set = await Data.ArrangeAsync(app);
        using var postgresClient = app.CreateClient();
        await AssertEachFilterAsync(postgresClient, set);
        await AssertCombinedFiltersAsync(postgresClient, set);
        await AssertSortsAsync(postgresClient, set);
    }

    private static async Task AssertEachFilterAsync(HttpClient client, Data s)
    {
        await client.AssertListAsync($"{List}?status=sent", ById(s.A, s.G));
        await client.AssertListAsync($"{List}?status=draft", ById(s.B, s.E, s.F));
        await client.AssertListAsync($"{List}?status=delivered", s.D);
        await client.AssertListAsync($"{List}?status=responded", s.C);
        await client.AssertListAsync($"{List}?status=acknowledged");

        await client.AssertListAsync($"{List}?overdue=true", ById(s.A, s.D));
        await client.AssertListAsync($"{List}?overdue=false", ById(s.B, s.C, s.E, s.F, s.G));

        await client.AssertListAsync($"{List}?recipientId={s.Unmas}", ById(s.A, s.D));
        await client.AssertListAsync($"{List}?recipientId={s.Dw}", ById(s.B, s.F, s.G));
        await client.AssertListAsync($"{List}?recipientId={Guid.NewGuid()}");

        await client.AssertListAsync($"{List}?recipientKind=media", ById(s.B, s.E, s.F, s.G));
        await client.AssertListAsync($"{List}?recipientKind=ngo", s.C);
        await client.AssertListAsync($"{List}?recipientKind=unAgency", ById(s.A, s.D));
        await client.AssertListAsync($"{List}?recipientKind=euInstitution");

        await client.AssertListAsync($"{List}?letterId={s.L1}", ById(s.A, s.B));
        await client.AssertListAsync($"{List}?letterId={s.L3}", s.F);

        await client.AssertListAsync($"{List}?organisationId={s.OrgA}", ById(s.A, s.B, s.C, s.D, s.E, s.G));
        await client.AssertListAsync($"{List}?organisationId={s.OrgB}", ById(s.C, s.D, s.E, s.F, s.G));

        await client.AssertListAsync($"{List}?incidentId={s.IncX}", ById(s.A, s.B, s.F));
        await client.AssertListAsync($"{List}?incidentId={s.IncY}", ById(s.C, s.D, s.E, s.G));

        // Strictly before: B, due 2025-04-30, is not due before 2025-04-30; no dueOn is never before.
        await client.AssertListAsync($"{List}?dueBefore=2025-04-30", ById(s.A, s.C, s.D));
        await client.AssertListAsync($"{List}?dueBefore=2025-05-01", ById(s.A, s.B, s.C, s.D));
        await client.AssertListAsync($"{List}?dueBefore=2025-04-20");
    }

    private static async Task AssertCombinedFiltersAsync(HttpClient client, Data s)
    {
        await client.AssertListAsync($"{List}?organisationId={s.OrgB}&recipientKind=media&status=draft", ById(s.E, s.F));
        await client.AssertListAsync($"{List}?overdue=true&recipientId={s.Unmas}&letterId={s.L2}", s.D);
        await client.AssertListAsync($"{List}?incidentId={s.IncX}&dueBefore=2025-05-01", ById(s.A, s.B));
        await client.AssertListAsync($"{List}?organisationId={s.OrgA}&incidentId={s.IncX}&overdue=false", s.B);
        await client.AssertListAsync($"{List}?status=sent&recipientKind=ngo");
        await client.AssertListAsync($"{List}?recipientKind=media&sort=-dueOn", [s.G, s.B, .. ByIdDescending(s.E, s.F)]);
        await client.AssertListAsync($"{List}?overdue=false&sort=sentAt", [s.C, s.G, .. ById(s.B, s.E, s.F)]);
    }

    private static async Task AssertSortsAsync(HttpClient client, Data s)
    {
        await client.AssertListAsync(List, ById(s.All));
        await client.AssertListAsync($"{List}?sort=createdAt", ById(s.All));
        await client.AssertListAsync($"{List}?sort=-createdAt", ByIdDescending(s.All));
        // Ties (three due 2025-04-20; A and D sent at the same instant) go by id; records without the key come last.
        await client.AssertListAsync($"{List}?sort=dueOn", [.. ById(s.A, s.C, s.D), s.B, s.G, .. ById(s.E, s.F)]);
        await client.AssertListAsync($"{List}?sort=-dueOn", [s.G, s.B, .. ByIdDescending(s.A, s.C, s.D), .. ByIdDescending(s.E, s.F)]);
        await client.AssertListAsync($"{List}?sort=sentAt", [s.C, .. ById(s.A, s.D), s.G, .. ById(s.B, s.E, s.F)]);
        await client.AssertListAsync($"{List}?sort=-sentAt", [s.G, .. ByIdDescending(s.A, s.D), s.C, .. ByIdDescending(s.B, s.E, s.F)]);
    }

    [Fact]
    public async Task Overdue_follows_the_clock_and_the_status()
    {
        using var app = new LetterTrackerApp(seed: false);
        var s = await Data.ArrangeAsync(app);
        using var client = app.CreateClient();

        // A and D are due 2025-04-20: overdue from the 21st, not on the day.
        app.Clock.Now = new DateTimeOffset(2025, 4, 20, 23, 59, 0, TimeSpan.Zero);
        await client.AssertListAsync($"{List}?overdue=true");
        await client.AssertListAsync($"{List}?overdue=false", ById(s.All));
        app.Clock.Now = new DateTimeOffset(2025, 4, 21, 0, 0, 0, TimeSpan.Zero);
        await client.AssertListAsync($"{List}?overdue=true", ById(s.A, s.D));
        await client.AssertListAsync($"{List}?overdue=false", ById(s.B, s.C, s.E, s.F, s.G));

        // G is due 2025-06-14.
        app.Clock.Now = new DateTimeOffset(2025, 6, 14, 12, 0, 0, TimeSpan.Zero);
        await client.AssertListAsync($"{List}?overdue=true", ById(s.A, s.D));
        app.Clock.Now = new DateTimeOffset(2025, 6, 15, 12, 0, 0, TimeSpan.Zero);
        await client.AssertListAsync($"{List}?overdue=true", ById(s.A, s.D, s.G));
        Assert.True((await client.GetObjectAsync($"{List}/{s.G}"))["overdue"]!.GetValue<bool>());

        // An acknowledgement still awaits the answer; a response ends the wait.
        using (var acknowledged = await client.PostJsonAsync($"{List}/{s.G}/events", new { type = "acknowledged", at = "2025-06-15T09:00:00+00:00" }))
        {
            Assert.Equal(HttpStatusCode.Created, acknowledged.StatusCode);
        }

        await client.AssertListAsync($"{List}?overdue=true", ById(s.A, s.D, s.G));
        using (var responded = await client.PostJsonAsync($"{List}/{s.A}/events", new { type = "responded", at = "2025-06-15T10:00:00+00:00" }))
        {
            Assert.Equal(HttpStatusCode.Created, responded.StatusCode);
        }

        await client.AssertListAsync($"{List}?overdue=true", ById(s.D, s.G));
        await client.AssertListAsync($"{List}?overdue=false", ById(s.A, s.B, s.C, s.E, s.F));
    }

    [Fact]
    public async Task A_cursor_continues_only_the_sort_it_was_issued_for()
    {
        var byDueOn = await client.GetObjectAsync($"{List}?sort=dueOn&limit=2");
        var cursor = byDueOn.Str("nextCursor");
        using (var same = await client.GetAsync($"{List}?sort=dueOn&limit=2&cursor={cursor}"))
        {
            Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        }

        await client.AssertRefusedAsync($"{List}?sort=-dueOn&cursor={cursor}", "cursor");
        await client.AssertRefusedAsync($"{List}?sort=sentAt&cursor={cursor}", "cursor");
        await client.AssertRefusedAsync($"{List}?cursor={cursor}", "cursor");

        var byId = (await client.GetObjectAsync($"{List}?limit=2")).Str("nextCursor");
        await client.AssertRefusedAsync($"{List}?sort=dueOn&cursor={byId}", "cursor");
        await client.AssertRefusedAsync($"{List}?sort=-createdAt&cursor={byId}", "cursor");
        using var createdAt = await client.GetAsync($"{List}?sort=createdAt&cursor={byId}"); // the default order, named
        Assert.Equal(HttpStatusCode.OK, createdAt.StatusCode);
    }

    [Theory]
    [InlineData("dueOn", """{"order":"dueOn","key":"2025-13-45","id":"01a201be-96aa-7475-9a3c-990f2ef5639a"}""")]
    [InlineData("dueOn", """{"order":"dueOn","key":{"on":"2025-04-20"},"id":"01a201be-96aa-7475-9a3c-990f2ef5639a"}""")]
    [InlineData("sentAt", """{"order":"sentAt","key":"not an instant","id":"01a201be-96aa-7475-9a3c-990f2ef5639a"}""")]
    [InlineData("-createdAt", """{"order":"-createdAt","id":"00000000-0000-0000-0000-000000000000"}""")]
    public Task A_forged_cursor_is_a_400_keyed_cursor(string sort, string json) =>
        client.AssertRefusedAsync($"{List}?sort={sort}&cursor={ForgedCursor(json)}", "cursor");

    [Theory]
    [InlineData("status=Sent", "status")] // names are camelCase, as the API writes them
    [InlineData("status=1", "status")] // not enum numbers
    [InlineData("status=overdue", "status")]
    [InlineData("status=", "status")]
    [InlineData("recipientKind=Media", "recipientKind")]
    [InlineData("recipientKind=0", "recipientKind")]
    [InlineData("overdue=yes", "overdue")]
    [InlineData("overdue=1", "overdue")]
    [InlineData("overdue=", "overdue")]
    [InlineData("recipientId=abc", "recipientId")]
    [InlineData("letterId=123", "letterId")]
    [InlineData("organisationId=01a201be-96aa-7475-9a3c", "organisationId")]
    [InlineData("incidentId=%00", "incidentId")]
    [InlineData("dueBefore=2025-13-01", "dueBefore")]
    [InlineData("dueBefore=04/06/2025", "dueBefore")] // April or June? Only ISO dates.
    [InlineData("dueBefore=2025-4-6", "dueBefore")]
    [InlineData("dueBefore=2025-04-06T00:00:00", "dueBefore")]
    [InlineData("dueBefore=", "dueBefore")]
    [InlineData("sort=name", "sort")]
    [InlineData("sort=DueOn", "sort")]
    [InlineData("sort=--dueOn", "sort")]
    [InlineData("sort=%2BdueOn", "sort")]
    [InlineData("sort=", "sort")]
    [InlineData("status=sent&status=draft", "status")] // one value per parameter: refused, not OR-ed
    [InlineData("status=sent&status=sent", "status")]
    [InlineData("recipientId=01a201be-96aa-7475-9a3c-990f2ef5639a&recipientId=01a201be-96aa-7475-9a3c-990f2ef5639b", "recipientId")]
    [InlineData("sort=dueOn&sort=-dueOn", "sort")]
    [InlineData("overdue=true&overdue=false", "overdue")]
    public Task A_bad_parameter_is_a_400_keyed_by_it(string query, string parameter) =>
        client.AssertRefusedAsync($"{List}?{query}", parameter);

    [Fact]
    public async Task An_unknown_sort_lists_the_sorts_there_are()
    {
        using var response = await client.GetAsync($"{List}?sort=name");
        var problem = await response.AssertInvalidAsync("sort");
        Assert.Equal(
            "'name' is not an order of this list. Sort by one of createdAt, dueOn, sentAt; prefix it with - for descending order.",
            problem["errors"]!["sort"]![0]!.GetValue<string>());
    }
}
