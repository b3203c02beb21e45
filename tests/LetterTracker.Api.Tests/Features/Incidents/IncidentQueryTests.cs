using LetterTracker.Api.Tests.Database;
using LetterTracker.Api.Tests.Infrastructure;
using static LetterTracker.Api.Tests.Infrastructure.ListQueries;

namespace LetterTracker.Api.Tests.Features.Incidents;

/// <summary>GET /api/incidents: district by any spelling, country, the date range, q, sorts, bad parameters.</summary>
public sealed class IncidentQueryTests(IncidentQueryTests.App fixture) : IClassFixture<IncidentQueryTests.App>
{
    private const string List = "/api/incidents";

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
    /// Five incidents, arranged over HTTP:
    /// <code>
    ///      country                 district  other spellings     occurred
    /// I1   Azerbaijan              Aghdam    Agdam, Ağdam        2025-04-06..04-07
    /// I2   Azerbaijan              Jabrayil  Jabrail, Cəbrayıl   2025-04-06
    /// I3   Azerbaijan              Tartar    Tərtər              2025-03-01..03-10
    /// I4   Bosnia and Herzegovina  Brčko     -                   2025-04-07..04-20
    /// I5   Azerbaijan              Fuzuli    Füzuli              2025-04-06
    /// </code>
    /// </summary>
    public sealed record Data(string I1, string I2, string I3, string I4, string I5)
    {
        public string[] All => [I1, I2, I3, I4, I5];

        public static async Task<Data> ArrangeAsync(LetterTrackerApp app)
        {
            app.Clock.Now = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
            using var client = app.CreateClient();
            async Task<string> Incident(string country, string district, string[] districtAliases, string occurredFrom, string occurredTo) =>
                (await client.CreateAsync(List, new
                {
                    title = $"Mine explosion in {district}",
                    kind = "landmineExplosion",
                    country,
                    district,
                    districtAliases,
                    occurredFrom,
                    occurredTo,
                    description = "A test incident.",
                })).Str("id");

            return new Data(
                await Incident("Azerbaijan", "Aghdam", ["Agdam", "Ağdam"], "2025-04-06", "2025-04-07"),
                await Incident("Azerbaijan", "Jabrayil", ["Jabrail", "Cəbrayıl"], "2025-04-06", "2025-04-06"),
                await Incident("Azerbaijan", "Tartar", ["Tərtər"], "2025-03-01", "2025-03-10"),
                await Incident("Bosnia and Herzegovina", "Brčko", [], "2025-04-07", "2025-04-20"),
                await Incident("Azerbaijan", "Fuzuli", ["Füzuli"], "2025-04-06", "2025-04-06"));
        }
    }

    private readonly HttpClient client = fixture.Host.CreateClient();
    private Data Set => fixture.Data;

    [Fact]
    public async Task Aghdam_and_Agdam_find_the_same_seeded_incident()
    {
        using var seeded = new LetterTrackerApp();
        using var seededClient = seeded.CreateClient();
        var incidents = await seededClient.GetAllAsync(List);
        var aghdam = incidents.Single(i => i.Str("district") == "Aghdam").Str("id");
        var jabrayil = incidents.Single(i => i.Str("district") == "Jabrayil").Str("id");

        foreach (var spelling in new[] { "Aghdam", "Agdam", "agdam", "AGHDAM" })
        {
            await seededClient.AssertListAsync($"{List}?district={spelling}", aghdam);
            await seededClient.AssertListAsync($"{List}?q={spelling}", aghdam);
        }

        await seededClient.AssertListAsync($"{List}?district=Jabrayil", jabrayil);
        await seededClient.AssertListAsync($"{List}?country=AZERBAIJAN", ById(aghdam, jabrayil));
        await seededClient.AssertListAsync($"{List}?district=agdam&country=azerbaijan&from=2025-04-07&to=2025-04-07", aghdam);
        await seededClient.AssertListAsync($"{List}?district=Agdam&to=2025-04-05");
    }

    [Fact]
    public Task Each_filter_alone_finds_exactly_its_incidents() => AssertEachFilterAsync(client, Set);

    [Fact]
    public Task The_date_range_finds_the_incidents_whose_range_overlaps_it() => AssertDateRangesAsync(client, Set);

    [Fact]
    public Task Every_sort_pages_through_each_incident_once_in_order_both_ways() => AssertSortsAsync(client, Set);

    [PostgresFact]
    public async Task Filters_and_sorts_answer_the_same_over_postgres()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var app = PostgresApp(database);
        var set = await Data.ArrangeAsync(app);
        using var postgresClient = app.CreateClient();
        await AssertEachFilterAsync(postgresClient, set);
        await AssertDateRangesAsync(postgresClient, set);
        await AssertSortsAsync(postgresClient, set);
    }

    private static async Task AssertEachFilterAsync(HttpClient client, Data s)
    {
        // The district or any other spelling, ignoring case; whole names only.
        await client.AssertListAsync($"{List}?district=Aghdam", s.I1);
        await client.AssertListAsync($"{List}?district=agdam", s.I1);
        await client.AssertListAsync($"{List}?district=Ağdam", s.I1);
        await client.AssertListAsync($"{List}?district=AĞDAM", s.I1);
        await client.AssertListAsync($"{List}?district=Cəbrayıl", s.I2);
        await client.AssertListAsync($"{List}?district=jabrail", s.I2);
        await client.AssertListAsync($"{List}?district=Brčko", s.I4);
        await client.AssertListAsync($"{List}?district=brčko", s.I4);
        await client.AssertListAsync($"{List}?district=Agda");
        await client.AssertListAsync($"{List}?district=Azerbaijan");

        await client.AssertListAsync($"{List}?country=azerbaijan", ById(s.I1, s.I2, s.I3, s.I5));
        await client.AssertListAsync($"{List}?country=BOSNIA%20AND%20HERZEGOVINA", s.I4);
        await client.AssertListAsync($"{List}?country=Bosnia");
        await client.AssertListAsync($"{List}?country=Azerbaijan&district=Brčko");

        await client.AssertListAsync($"{List}?q=Agdam", s.I1);
        await client.AssertListAsync($"{List}?q=bosnia", s.I4);
        await client.AssertListAsync($"{List}?q=explosion&country=azerbaijan&from=2025-04-07", s.I1);
    }

    private static async Task AssertDateRangesAsync(HttpClient client, Data s)
    {
        // Ranges overlap when each starts no later than the other ends; both ends inclusive.
        await client.AssertListAsync($"{List}?from=2025-04-07", ById(s.I1, s.I4));
        await client.AssertListAsync($"{List}?to=2025-04-05", s.I3);
        await client.AssertListAsync($"{List}?from=2025-03-10&to=2025-04-06", ById(s.I1, s.I2, s.I3, s.I5));
        await client.AssertListAsync($"{List}?from=2025-03-11&to=2025-04-05");
        await client.AssertListAsync($"{List}?from=2025-04-08&to=2025-04-08", s.I4);
        await client.AssertListAsync($"{List}?from=2025-04-20&to=2025-05-31", s.I4);
        await client.AssertListAsync($"{List}?from=2025-04-21");
    }

    private static async Task AssertSortsAsync(HttpClient client, Data s)
    {
        await client.AssertListAsync(List, ById(s.All));
        await client.AssertListAsync($"{List}?sort=-createdAt", ByIdDescending(s.All));
        await client.AssertListAsync($"{List}?sort=occurredFrom", [s.I3, .. ById(s.I1, s.I2, s.I5), s.I4]);
        await client.AssertListAsync($"{List}?sort=-occurredFrom", [s.I4, .. ByIdDescending(s.I1, s.I2, s.I5), s.I3]);
        await client.AssertListAsync($"{List}?country=azerbaijan&sort=-occurredFrom", [.. ByIdDescending(s.I1, s.I2, s.I5), s.I3]);
    }

    [Theory]
    [InlineData("district=", "district")]
    [InlineData("district=%20%20", "district")]
    [InlineData("district=Agdam%00", "district")]
    [InlineData("country=", "country")]
    [InlineData("country=Azerbaijan%07", "country")]
    [InlineData("from=2025-02-30", "from")]
    [InlineData("to=04/07/2025", "to")]
    [InlineData("from=2025-04-08&to=2025-04-07", "to")]
    [InlineData("sort=occurredTo", "sort")]
    [InlineData("sort=name", "sort")]
    [InlineData("q=", "q")]
    [InlineData("q=%22%20%22", "q")]
    [InlineData("district=Aghdam&district=Jabrayil", "district")]
    [InlineData("from=2025-04-06&from=2025-04-07", "from")]
    public Task A_bad_parameter_is_a_400_keyed_by_it(string query, string parameter) =>
        client.AssertRefusedAsync($"{List}?{query}", parameter);

    [Fact]
    public Task A_district_longer_than_any_stored_is_refused() =>
        client.AssertRefusedAsync($"{List}?district={new string('a', 201)}", "district");
}
