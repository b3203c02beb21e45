using System.Net;
using LetterTracker.Api.Tests.Database;
using LetterTracker.Api.Tests.Infrastructure;
using static LetterTracker.Api.Tests.Infrastructure.ListQueries;

namespace LetterTracker.Api.Tests.Features.Recipients;

/// <summary>GET /api/recipients: kind, unanswered, q, sorts, bad parameters.</summary>
public sealed class RecipientQueryTests(RecipientQueryTests.App fixture) : IClassFixture<RecipientQueryTests.App>
{
    private const string List = "/api/recipients";

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
    /// Seven recipients and their dispatches of two letters, arranged over HTTP:
    /// <code>
    ///      name (acronym)                                   kind      dispatches: status
    /// R1   UN Mine Action Service (UNMAS)                   unAgency  sent                    awaits a first reply
    /// R2   Deutsche Welle                                   media     delivered, responded    awaits a first reply
    /// R3   BBC News                                         media     acknowledged            answered
    /// R4   International Campaign to Ban Landmines (ICBL)   ngo       draft                   never sent
    /// R5   Amnesty International                            ngo       responded, sent         awaits a first reply
    /// R6   Al Jazeera English                               media     -
    /// R7   BBC News (a branch of R3)                        media     -
    /// </code>
    /// </summary>
    public sealed record Data(string R1, string R2, string R3, string R4, string R5, string R6, string R7)
    {
        public string[] All => [R1, R2, R3, R4, R5, R6, R7];

        public static async Task<Data> ArrangeAsync(LetterTrackerApp app)
        {
            app.Clock.Now = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
            using var client = app.CreateClient();
            async Task<string> Create(string collection, object body) => (await client.CreateAsync(collection, body)).Str("id");
            Task<string> Dispatch(string letterId, string recipientId, bool sent = true) =>
                Create("/api/dispatches", new { letterId, recipientId, sentAt = sent ? "2025-04-10T08:00:00+00:00" : null });
            async Task Events(string dispatch, params string[] types)
            {
                var at = new DateTimeOffset(2025, 4, 11, 8, 0, 0, TimeSpan.Zero);
                foreach (var type in types)
                {
                    using var response = await client.PostJsonAsync($"/api/dispatches/{dispatch}/events", new { type, at });
                    Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
                    at = at.AddDays(1);
                }
            }

            var r1 = await Create(List, new { name = "UN Mine Action Service", acronym = "UNMAS", kind = "unAgency" });
            var r2 = await Create(List, new { name = "Deutsche Welle", kind = "media" });
            var r3 = await Create(List, new { name = "BBC News", kind = "media" });
            var r4 = await Create(List, new { name = "International Campaign to Ban Landmines", acronym = "ICBL", kind = "ngo" });
            var r5 = await Create(List, new { name = "Amnesty International", kind = "ngo" });
            var r6 = await Create(List, new { name = "Al Jazeera English", kind = "media" });
            var r7 = await Create(List, new { name = "BBC News", kind = "media", parentId = r3 });

            var l1 = await Create("/api/letters", new { subject = "Letter 1", status = "sent" });
            var l2 = await Create("/api/letters", new { subject = "Letter 2", status = "sent" });
            await Dispatch(l1, r1);
            await Events(await Dispatch(l1, r2), "delivered");
            await Events(await Dispatch(l2, r2), "responded");
            await Events(await Dispatch(l1, r3), "delivered", "acknowledged");
            await Dispatch(l1, r4, sent: false);
            await Events(await Dispatch(l1, r5), "responded");
            await Dispatch(l2, r5);
            return new Data(r1, r2, r3, r4, r5, r6, r7);
        }
    }

    private readonly HttpClient client = fixture.Host.CreateClient();
    private Data Set => fixture.Data;

    [Fact]
    public Task Each_filter_alone_and_combined_finds_exactly_its_recipients() => AssertFiltersAsync(client, Set);

    [Fact]
    public Task Every_sort_pages_through_each_recipient_once_in_order_both_ways() => AssertSortsAsync(client, Set);

    [PostgresFact]
    public async Task Filters_and_sorts_answer_the_same_over_postgres()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var app = PostgresApp(database);
        var set = await Data.ArrangeAsync(app);
        using var postgresClient = app.CreateClient();
        await AssertFiltersAsync(postgresClient, set);
        await AssertSortsAsync(postgresClient, set);
    }

    private static async Task AssertFiltersAsync(HttpClient client, Data s)
    {
        await client.AssertListAsync($"{List}?kind=media", ById(s.R2, s.R3, s.R6, s.R7));
        await client.AssertListAsync($"{List}?kind=ngo", ById(s.R4, s.R5));
        await client.AssertListAsync($"{List}?kind=unAgency", s.R1);
        await client.AssertListAsync($"{List}?kind=euInstitution");

        // Awaiting a first reply: sent or delivered. An acknowledgement is a reply; a draft was never sent.
        await client.AssertListAsync($"{List}?unanswered=true", ById(s.R1, s.R2, s.R5));
        await client.AssertListAsync($"{List}?unanswered=false", ById(s.R3, s.R4, s.R6, s.R7));

        await client.AssertListAsync($"{List}?q=UNMAS", s.R1);
        await client.AssertListAsync($"{List}?q=unmas", s.R1);
        await client.AssertListAsync($"{List}?q=landmines", s.R4);
        await client.AssertListAsync($"{List}?q=%22deutsche%20welle%22", s.R2);
        await client.AssertListAsync($"{List}?q=%22welle%20deutsche%22");

        await client.AssertListAsync($"{List}?kind=media&unanswered=true", s.R2);
        await client.AssertListAsync($"{List}?kind=ngo&unanswered=false", s.R4);
        await client.AssertListAsync($"{List}?q=news&kind=media", ById(s.R3, s.R7));
        await client.AssertListAsync($"{List}?q=news&unanswered=true");
    }

    private static async Task AssertSortsAsync(HttpClient client, Data s)
    {
        await client.AssertListAsync(List, ById(s.All));
        await client.AssertListAsync($"{List}?sort=-createdAt", ByIdDescending(s.All));
        // The two BBC News (a body and its branch) tie: by id.
        await client.AssertListAsync($"{List}?sort=name", [s.R6, s.R5, .. ById(s.R3, s.R7), s.R2, s.R4, s.R1]);
        await client.AssertListAsync($"{List}?sort=-name", [s.R1, s.R4, s.R2, .. ByIdDescending(s.R3, s.R7), s.R5, s.R6]);
        await client.AssertListAsync($"{List}?kind=media&sort=-name", [s.R2, .. ByIdDescending(s.R3, s.R7), s.R6]);
    }

    [Fact]
    public async Task Seeded_UNMAS_is_found_by_its_acronym_and_every_addressee_awaits_a_reply()
    {
        using var seeded = new LetterTrackerApp();
        using var seededClient = seeded.CreateClient();
        var recipients = await seededClient.GetAllAsync(List);
        string Named(string name) => recipients.Single(r => r.Str("name") == name).Str("id");

        await seededClient.AssertListAsync($"{List}?q=UNMAS", Named("UN Mine Action Service"));
        // The reports say the letters were sent and nothing of replies: the parents named only as such received none.
        await seededClient.AssertListAsync($"{List}?unanswered=false",
            ById(Named("OSCE"), Named("Amnesty International"), Named("Human Rights Watch")));
        Assert.Equal(13, (await seededClient.GetAllAsync($"{List}?unanswered=true")).Count);
        await seededClient.AssertListAsync($"{List}?kind=media&sort=name",
            Named("Al Jazeera English"), Named("BBC News"), Named("Deutsche Welle"), Named("France 24"), Named("The Guardian"));
    }

    [Theory]
    [InlineData("kind=Media", "kind")]
    [InlineData("kind=1", "kind")]
    [InlineData("kind=", "kind")]
    [InlineData("kind=charity", "kind")]
    [InlineData("unanswered=maybe", "unanswered")]
    [InlineData("unanswered=", "unanswered")]
    [InlineData("sort=acronym", "sort")]
    [InlineData("sort=Name", "sort")]
    [InlineData("sort=-", "sort")]
    [InlineData("q=", "q")]
    [InlineData("kind=media&kind=ngo", "kind")]
    [InlineData("unanswered=true&unanswered=true", "unanswered")]
    public Task A_bad_parameter_is_a_400_keyed_by_it(string query, string parameter) =>
        client.AssertRefusedAsync($"{List}?{query}", parameter);
}
