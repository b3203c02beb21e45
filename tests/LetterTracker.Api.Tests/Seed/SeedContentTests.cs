using System.Security.Cryptography;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Seed;

/// <summary>
/// The seed holds what the two reports state and nothing else. Read over HTTP, as a client would.
/// Caliber.Az = 000_b8178f21f73d572a.txt; Azernews = 001_8014706026ff67a4.txt.
/// </summary>
public sealed class SeedContentTests(SeededApp app) : IClassFixture<SeededApp>
{
    private const string CaliberFile = "000_b8178f21f73d572a.txt";
    private const string AzernewsFile = "001_8014706026ff67a4.txt";
    private const string CaliberSha256 = "1bdaacf86e6edf66838232248edd86ee844dac3d6338f7055b3fac197b8205e3";
    private const string AzernewsSha256 = "37af4a70a9e044a507be862d115c4d696e758fd3cadf9e7075c3ec2ac4186e51";

    private readonly HttpClient client = app.CreateClient();

    [Theory]
    [InlineData("sources", 2)]
    [InlineData("incidents", 2)]
    [InlineData("casualty-figures", 1)]
    [InlineData("organisations", 6)] // five supporting diaspora organisations + the State Committee
    [InlineData("recipients", 16)] // 13 addressees + OSCE, Amnesty International, Human Rights Watch as parents
    [InlineData("letters", 1)]
    [InlineData("dispatches", 13)] // one per addressee
    public async Task Seed_has_the_records_the_reports_name(string resource, int count)
    {
        var items = await client.GetAllRecordsAsync($"/api/{resource}");
        Assert.Equal(count, items.Count);
    }

    [Fact]
    public async Task Sources_are_the_reports_byte_for_byte_with_their_byline_date_and_attribution()
    {
        var sources = await client.GetAllRecordsAsync("/api/sources");
        var caliber = sources.Single(s => s.StrOrNull("fileName") == CaliberFile);
        var azernews = sources.Single(s => s.StrOrNull("fileName") == AzernewsFile);

        foreach (var (source, file, sha256) in new[] { (caliber, CaliberFile, CaliberSha256), (azernews, AzernewsFile, AzernewsSha256) })
        {
            var path = RepositoryFiles.PathOf("src", "LetterTracker.Data", "Seed", "Reports", file);
            Assert.Equal(File.ReadAllText(path), source.Str("fullText"));
            // The copies must not drift from the reports as they were taken, byte for byte.
            Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))));

            Assert.Equal("en", source.Str("language"));
        }

        Assert.Equal("Azerbaijani diaspora in Europe sent letters to international organisations over Armenian landmine terror", caliber.Str("title"));
        Assert.Equal("Khagan Isayev", caliber.Str("author"));
        Assert.Equal("Caliber.Az reports", caliber.Str("attribution"));
        Assert.Null(caliber.StrOrNull("publishedAt")); // the report prints no date

        Assert.Null(azernews.StrOrNull("title")); // the report prints no headline
        Assert.Equal("Akbar Novruz", azernews.Str("author"));
        Assert.Equal("Azernews reports, citing the State Committee for Work with Diaspora", azernews.Str("attribution"));
        Assert.Equal("2025-04-14T12:03:00+04:00", azernews.Str("publishedAt"));
    }

    [Fact]
    public async Task Every_citation_quote_occurs_verbatim_in_its_source()
    {
        var sources = (await client.GetAllRecordsAsync("/api/sources")).ToDictionary(s => s.Str("id"), s => s.Str("fullText"));
        var citations = await client.GetAllRecordsAsync("/api/citations");

        Assert.True(citations.Count > 50, $"only {citations.Count} citations");
        foreach (var citation in citations)
        {
            var quote = citation.Str("quote");
            Assert.True(sources[citation.Str("sourceId")].Contains(quote, StringComparison.Ordinal), $"Not verbatim in its source: \"{quote}\"");
        }
    }

    [Theory]
    [InlineData("incidents")]
    [InlineData("casualty-figures")]
    [InlineData("organisations")]
    [InlineData("recipients")]
    [InlineData("letters")]
    [InlineData("dispatches")]
    public async Task Every_seeded_record_is_backed_by_a_citation_that_points_back_at_it(string resource)
    {
        var citations = await client.GetAllRecordsAsync("/api/citations");
        foreach (var record in await client.GetAllRecordsAsync($"/api/{resource}"))
        {
            var own = record["citations"]!.AsArray();
            Assert.NotEmpty(own);
            foreach (var citation in own)
            {
                var full = citations.Single(c => c.Str("id") == citation.Str("id"));
                Assert.Equal(record.Str("id"), full.Str("recordId"));
            }
        }
    }

    [Fact]
    public async Task Incidents_one_per_district_dated_with_the_reported_range_and_no_invented_casualties()
    {
        var incidents = await client.GetAllRecordsAsync("/api/incidents");
        var aghdam = incidents.Single(i => i.Str("district") == "Aghdam");
        var jabrayil = incidents.Single(i => i.Str("district") == "Jabrayil");

        Assert.Equal(["Agdam"], aghdam["districtAliases"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Empty(jabrayil["districtAliases"]!.AsArray());
        foreach (var incident in incidents)
        {
            Assert.Equal("Azerbaijan", incident.Str("country"));
            Assert.Equal("landmineExplosion", incident.Str("kind"));
            Assert.Equal("2025-04-06", incident.Str("occurredFrom"));
            Assert.Equal("2025-04-07", incident.Str("occurredTo"));
            // Neither report gives a number, a place or says who the victims were.
            Assert.Null(incident["killed"]);
            Assert.Null(incident["injured"]);
            Assert.Null(incident["civilian"]);
            Assert.Null(incident["place"]);
            Assert.Single(incident["letters"]!.AsArray());
        }
    }

    [Fact]
    public async Task Casualty_figure_is_the_393_quoted_with_its_period_at_the_reported_precision()
    {
        var figure = Assert.Single(await client.GetAllRecordsAsync("/api/casualty-figures"));
        Assert.Equal("killedOrInjured", figure.Str("measure"));
        Assert.Equal(393, figure["value"]!.GetValue<int>());
        Assert.Equal("2020-11", figure.Str("periodFrom")); // "November 2020": no day is invented
        Assert.Equal("2025-04-14", figure.Str("asOf"));
        Assert.Null(figure["reportedBy"]);
    }

    [Fact]
    public async Task Organisations_are_the_five_supporters_and_the_cited_state_committee_without_invented_details()
    {
        var organisations = await client.GetAllRecordsAsync("/api/organisations");
        string[] supporters =
        [
            "Prague Azerbaijani Culture House", "Hungarian Azerbaijan House", "Azerbaijani Society in Barcelona",
            "Bremen Azerbaijani Culture House", "European Azerbaijan Center",
        ];
        Assert.Equal(
            supporters.Order(),
            organisations.Where(o => o.Str("kind") == "diasporaOrganisation").Select(o => o.Str("name")).Order());
        var committee = Assert.Single(organisations, o => o.Str("kind") == "governmentBody");
        Assert.Equal("State Committee for Work with Diaspora", committee.Str("name"));
        Assert.Equal(0, committee["signedLetterCount"]!.GetValue<int>());

        foreach (var organisation in organisations)
        {
            Assert.Null(organisation["city"]);
            Assert.Null(organisation["country"]);
            Assert.Null(organisation["website"]);
            Assert.Null(organisation["email"]);
        }
    }

    [Theory]
    [InlineData("UN Mine Action Service", "UNMAS", "unAgency", null)]
    [InlineData("Office of the High Commissioner for Human Rights", "OHCHR", "unAgency", null)]
    [InlineData("European External Action Service", "EEAS", "euInstitution", null)]
    [InlineData("EEAS delegation in the United States", null, "euInstitution", "European External Action Service")]
    [InlineData("Office for Democratic Institutions and Human Rights", "ODIHR", "intergovernmental", "OSCE")]
    [InlineData("OSCE", "OSCE", "intergovernmental", null)]
    [InlineData("International Campaign to Ban Landmines", "ICBL", "ngo", null)]
    [InlineData("Human Rights Watch European Representative", null, "ngo", "Human Rights Watch")]
    [InlineData("Amnesty International (Germany)", null, "ngo", "Amnesty International")]
    [InlineData("BBC News", null, "media", null)]
    [InlineData("Deutsche Welle", null, "media", null)]
    [InlineData("France 24", null, "media", null)]
    [InlineData("Al Jazeera English", null, "media", null)]
    [InlineData("The Guardian", null, "media", null)]
    public async Task Recipients_have_the_acronym_kind_and_parent_the_reports_give(string name, string? acronym, string kind, string? parent)
    {
        var recipients = await client.GetAllRecordsAsync("/api/recipients");
        var recipient = Assert.Single(recipients, r => r.Str("name") == name);
        Assert.Equal(acronym, recipient.StrOrNull("acronym"));
        Assert.Equal(kind, recipient.Str("kind"));
        Assert.Equal(parent, recipient["parent"]?.StrOrNull("name"));
        if (parent is not null)
        {
            Assert.Equal(recipients.Single(r => r.Str("name") == parent).Str("id"), recipient.Str("parentId"));
        }

        Assert.Null(recipient["email"]);
        Assert.Null(recipient["responseDays"]); // no report gives a reply window: the configured default applies
    }

    [Fact]
    public async Task Where_the_reports_differ_each_version_is_kept_and_cited_by_its_own_report()
    {
        var sources = (await client.GetAllRecordsAsync("/api/sources")).ToDictionary(s => s.Str("id"), s => s.Str("fileName"));
        var recipients = await client.GetAllRecordsAsync("/api/recipients");

        IEnumerable<string> CitingFiles(string recipientName) => recipients.Single(r => r.Str("name") == recipientName)["citations"]!
            .AsArray().Select(c => sources[c.Str("sourceId")]).Distinct().Order();

        // Only Caliber.Az names the EEAS delegation in the United States.
        Assert.Equal([CaliberFile], CitingFiles("EEAS delegation in the United States"));
        Assert.Equal("United States", recipients.Single(r => r.Str("name") == "EEAS delegation in the United States").Str("country"));
        // "BBC News" (Caliber.Az) and "BBC" (Azernews); HRW "representatives" and "European Representative".
        Assert.Equal([CaliberFile, AzernewsFile], CitingFiles("BBC News"));
        Assert.Equal([CaliberFile, AzernewsFile], CitingFiles("Human Rights Watch European Representative"));
        Assert.Equal([CaliberFile, AzernewsFile], CitingFiles("European External Action Service"));
    }

    [Fact]
    public async Task Letter_answers_who_signed_what_about_and_who_received_it_in_one_call()
    {
        var listed = Assert.Single(await client.GetAllRecordsAsync("/api/letters"));
        var letter = await client.GetObjectAsync($"/api/letters/{listed.Str("id")}");

        Assert.Equal("sent", letter.Str("status"));
        Assert.Null(letter["sentOn"]);
        Assert.Equal("2025-04-06", letter.Str("sentFrom")); // after the explosions of 6–7 April
        Assert.Equal("2025-04-14", letter.Str("sentTo")); // reported as sent by Azernews on 14 April
        Assert.Null(letter["language"]);
        Assert.Null(letter["body"]);
        Assert.Equal(5, letter["signatories"]!.AsArray().Count);
        Assert.Equal(
            letter["signatories"]!.AsArray().Select(s => s.Str("id")),
            letter["signatoryIds"]!.AsArray().Select(id => id!.GetValue<string>()));
        Assert.Equal(["Aghdam", "Jabrayil"], letter["incidents"]!.AsArray().Select(i => i.Str("district")).Order());
        Assert.Equal(393, letter["casualtyFigures"]!.AsArray().Single()!["value"]!.GetValue<int>());

        var dispatches = letter["dispatches"]!.AsArray();
        Assert.Equal(13, dispatches.Count);
        Assert.Equal(13, letter["recipientIds"]!.AsArray().Count);
        Assert.Contains(dispatches, d => d!["recipient"].StrOrNull("acronym") == "UNMAS");
        foreach (var dispatch in dispatches)
        {
            Assert.Equal("sent", dispatch.Str("status"));
            Assert.Null(dispatch!["sentAt"]); // no report says when
            Assert.Null(dispatch["dueOn"]);
            Assert.False(dispatch["overdue"]!.GetValue<bool>());
        }

        // Demands are those the reports attribute to the letters, worded as the reports word them.
        var texts = (await client.GetAllRecordsAsync("/api/sources")).Select(s => s.Str("fullText")).ToList();
        var demands = letter["demands"]!.AsArray().Select(d => d!.GetValue<string>()).ToList();
        Assert.Equal(["immediate action", "address the humanitarian crisis stemming from Armenia’s actions"], demands);
        Assert.All(demands, d => Assert.Contains(texts, t => t.Contains(d, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Dispatches_carry_no_invented_channel_date_or_reference()
    {
        foreach (var dispatch in await client.GetAllRecordsAsync("/api/dispatches"))
        {
            Assert.Null(dispatch["channel"]);
            Assert.Null(dispatch["sentAt"]);
            Assert.Null(dispatch["deliveryRef"]);
            Assert.Equal(0, dispatch["eventCount"]!.GetValue<int>());
        }
    }

    /// <summary>
    /// Names, acronyms, countries, districts and aliases are not made up: every word of each stands
    /// in the quotes that back the record.
    /// </summary>
    [Theory]
    [InlineData("organisations", new[] { "name", "city", "country" })]
    [InlineData("recipients", new[] { "name", "acronym", "country" })]
    [InlineData("incidents", new[] { "district", "country", "place" })]
    public async Task Named_fields_use_only_words_found_in_the_records_own_citations(string resource, string[] fields)
    {
        foreach (var record in await client.GetAllRecordsAsync($"/api/{resource}"))
        {
            var quoted = string.Join(" ", record["citations"]!.AsArray().Select(c => c.Str("quote")));
            var values = fields.Select(f => record.StrOrNull(f))
                .Concat(record["districtAliases"]?.AsArray().Select(a => a!.GetValue<string>()) ?? [])
                .OfType<string>();
            foreach (var word in values.SelectMany(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                var bare = word.Trim('(', ')', ',', '.');
                Assert.True(quoted.Contains(bare, StringComparison.Ordinal), $"{resource} '{record.Str("id")}': \"{bare}\" is in no quote backing it: {quoted}");
            }
        }
    }
}
