using LetterTracker.Api.Tests.Database;
using LetterTracker.Api.Tests.Infrastructure;
using static LetterTracker.Api.Tests.Infrastructure.ListQueries;

namespace LetterTracker.Api.Tests.Features.Organisations;

/// <summary>GET /api/organisations: country, q, sorts, bad parameters.</summary>
public sealed class OrganisationQueryTests(OrganisationQueryTests.App fixture) : IClassFixture<OrganisationQueryTests.App>
{
    private const string List = "/api/organisations";

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
    /// Six organisations, arranged over HTTP (countries as written):
    /// <code>
    /// O1   Linden Society                      Germany
    /// O2   Alder House                         germany
    /// O3   Birch Centre (alias Centro Abedul)  Spain
    /// O4   Cedar Union                         -
    /// O5   Linden Society                      Czechia
    /// O6   Elm Circle                          Türkiye
    /// </code>
    /// </summary>
    public sealed record Data(string O1, string O2, string O3, string O4, string O5, string O6)
    {
        public string[] All => [O1, O2, O3, O4, O5, O6];

        public static async Task<Data> ArrangeAsync(LetterTrackerApp app)
        {
            using var client = app.CreateClient();
            async Task<string> Organisation(string name, string? country, params string[] aliases) =>
                (await client.CreateAsync(List, new { name, kind = "diasporaOrganisation", country, aliases })).Str("id");

            return new Data(
                await Organisation("Linden Society", "Germany"),
                await Organisation("Alder House", "germany"),
                await Organisation("Birch Centre", "Spain", "Centro Abedul"),
                await Organisation("Cedar Union", null),
                await Organisation("Linden Society", "Czechia"),
                await Organisation("Elm Circle", "Türkiye"));
        }
    }

    private readonly HttpClient client = fixture.Host.CreateClient();
    private Data Set => fixture.Data;

    [Fact]
    public Task Each_filter_alone_and_combined_finds_exactly_its_organisations() => AssertFiltersAsync(client, Set);

    [Fact]
    public Task Every_sort_pages_through_each_organisation_once_in_order_both_ways() => AssertSortsAsync(client, Set);

    [PostgresFact]
    public async Task Filters_and_sorts_answer_the_same_over_postgres()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var app = PostgresApp(database);
        var set = await Data.ArrangeAsync(app);
        using var postgresClient = app.CreateClient();
        await AssertFiltersAsync(postgresClient, set);
        await AssertSortsAsync(postgresClient, set);
        // PostgreSQL refuses a NUL in a text parameter: the cursor's key never gets that far.
        var nul = ForgedCursor("""{"order":"name","key":"Linden\u0000","id":"01a201be-96aa-7475-9a3c-990f2ef5639a"}""");
        await postgresClient.AssertRefusedAsync($"{List}?sort=name&cursor={nul}", "cursor");
    }

    private static async Task AssertFiltersAsync(HttpClient client, Data s)
    {
        // Country ignoring case, whole names only.
        await client.AssertListAsync($"{List}?country=germany", ById(s.O1, s.O2));
        await client.AssertListAsync($"{List}?country=GERMANY", ById(s.O1, s.O2));
        await client.AssertListAsync($"{List}?country=Spain", s.O3);
        await client.AssertListAsync($"{List}?country=TÜRKIYE", s.O6);
        await client.AssertListAsync($"{List}?country=türkiye", s.O6);
        await client.AssertListAsync($"{List}?country=Germ");

        await client.AssertListAsync($"{List}?q=linden", ById(s.O1, s.O5));
        await client.AssertListAsync($"{List}?q=abedul", s.O3);
        await client.AssertListAsync($"{List}?q=linden&country=czechia", s.O5);
        await client.AssertListAsync($"{List}?q=cedar&country=germany");
    }

    private static async Task AssertSortsAsync(HttpClient client, Data s)
    {
        await client.AssertListAsync(List, ById(s.All));
        await client.AssertListAsync($"{List}?sort=-createdAt", ByIdDescending(s.All));
        // The two Linden Societies tie: by id.
        await client.AssertListAsync($"{List}?sort=name", [s.O2, s.O3, s.O4, s.O6, .. ById(s.O1, s.O5)]);
        await client.AssertListAsync($"{List}?sort=-name", [.. ByIdDescending(s.O1, s.O5), s.O6, s.O4, s.O3, s.O2]);
        await client.AssertListAsync($"{List}?country=germany&sort=-name", s.O1, s.O2);
    }

    [Fact]
    public async Task A_seeded_signatory_is_found_by_a_word_of_its_name()
    {
        using var seeded = new LetterTrackerApp();
        using var seededClient = seeded.CreateClient();
        var bremen = (await seededClient.GetAllAsync(List)).Single(o => o.Str("name") == "Bremen Azerbaijani Culture House").Str("id");
        await seededClient.AssertListAsync($"{List}?q=bremen", bremen);
        // No report gives a signatory's country.
        await seededClient.AssertListAsync($"{List}?country=Germany");
    }

    [Theory]
    [InlineData("""{"order":"name","key":null,"id":"01a201be-96aa-7475-9a3c-990f2ef5639a"}""")] // names are never null
    [InlineData("""{"order":"name","key":7,"id":"01a201be-96aa-7475-9a3c-990f2ef5639a"}""")]
    [InlineData("""{"order":"name","key":"Linden\u0000","id":"01a201be-96aa-7475-9a3c-990f2ef5639a"}""")] // PostgreSQL would refuse the NUL
    [InlineData("""{"order":"-name","key":"Linden","id":"01a201be-96aa-7475-9a3c-990f2ef5639a"}""")] // another order's
    public Task A_forged_cursor_is_a_400_keyed_cursor(string json) =>
        client.AssertRefusedAsync($"{List}?sort=name&cursor={ForgedCursor(json)}", "cursor");

    [Fact]
    public async Task A_cursor_may_name_a_position_between_records()
    {
        // After "Birch Centre": the cursor names a key, not a record, so it need not be an existing one.
        var cursor = ForgedCursor("""{"order":"name","key":"Birch Centre","id":"ffffffff-ffff-ffff-ffff-ffffffffffff"}""");
        var page = await client.GetObjectAsync($"{List}?sort=name&limit=200&cursor={cursor}");
        Assert.Equal([Set.O4, Set.O6, .. ById(Set.O1, Set.O5)], page["items"]!.AsArray().Select(i => i.Str("id")));
    }

    [Theory]
    [InlineData("country=", "country")]
    [InlineData("country=%09", "country")]
    [InlineData("country=Spain%00", "country")]
    [InlineData("sort=country", "sort")]
    [InlineData("sort=-Name", "sort")]
    [InlineData("q=", "q")]
    [InlineData("country=Spain&country=Germany", "country")]
    [InlineData("sort=name&sort=name", "sort")]
    public Task A_bad_parameter_is_a_400_keyed_by_it(string query, string parameter) =>
        client.AssertRefusedAsync($"{List}?{query}", parameter);
}
