using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Tests.Features.Csv;

/// <summary>
/// POST /api/import/recipients and /api/import/organisations: an export imports as it is, rows are
/// checked as POST bodies, all or nothing unless validOnly, a dry run saves nothing, duplicates are
/// named, bad files change nothing.
/// </summary>
public sealed class CsvImportTests
{
    private const string Recipients = "/api/import/recipients";
    private const string Organisations = "/api/import/organisations";

    /// <summary>The fields a record keeps through an export and an import: what a write sets, not its id, dates, version or counts.</summary>
    private static readonly string[] Kept = ["name", "acronym", "kind", "country", "email", "responseDays", "aliases", "city", "website"];

    [Fact]
    public async Task An_export_imports_into_another_database_field_for_field()
    {
        using var from = new LetterTrackerApp(seed: false);
        using var source = from.CreateClient();
        await source.CreateAsync("/api/recipients", new { name = "UN Mine Action Service", acronym = "UNMAS", kind = "unAgency", country = "Switzerland", email = "unmas@example.org", responseDays = 21 });
        await source.CreateAsync("/api/recipients", new { name = "Le Monde, \"Paris\" desk", kind = "media" });
        await source.CreateAsync("/api/organisations", new { name = "=HYPERLINK(\"http://example.org\")", kind = "other", aliases = new[] { "Formula; Society", "Second" } });
        await source.CreateAsync("/api/organisations", new { name = "Birch Centre", kind = "diasporaOrganisation", city = "Köln", country = "Germany", website = "https://birch.example.org" });

        using var into = new LetterTrackerApp(seed: false);
        using var target = into.CreateClient();
        foreach (var (list, import) in new[] { ("/api/recipients", Recipients), ("/api/organisations", Organisations) })
        {
            var exported = await GetCsvAsync(source, list);
            using var response = await PostCsvAsync(target, import, exported);
            var result = await response.ReadObjectAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, result.ToJsonString());
            Assert.Equal(2, result["created"]!.GetValue<int>());

            // By name: records written in one clock tick tie on createdAt, and their ids are not ordered within it.
            var before = (await source.GetAllAsync(list)).OrderBy(r => r.Str("name"), StringComparer.Ordinal).Select(KeptFields).ToList();
            var after = (await target.GetAllAsync(list)).OrderBy(r => r.Str("name"), StringComparer.Ordinal).Select(KeptFields).ToList();
            Assert.Equal(before, after);
            // Imported records are new records, with the ids the result gives.
            Assert.Equal(
                (await target.GetAllAsync(list)).Select(r => r.Str("id")).Order(),
                result["results"]!.AsArray().Select(r => r!.Str("id")).Order());
        }
    }

    [Fact]
    public async Task One_bad_row_imports_nothing_and_every_bad_row_is_named()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        var before = await DatabaseSnapshot.TakeAsync(app.ConnectionString);

        using var response = await PostCsvAsync(client, Recipients,
            "name,kind,responseDays\r\nOSCE,intergovernmental,30\r\n,ngo,10\r\nEEAS,euInstitution,-4\r\nEEAS,nonsense,ten\r\n");
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject().Select(e => e.Key).Order().ToList();
        Assert.Equal(["rows[2].name", "rows[3].responseDays", "rows[4].kind", "rows[4].responseDays"], errors);
        Assert.Equal([2, 3, 4], problem["rows"]!.AsArray().Select(r => r!["row"]!.GetValue<int>()));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(app.ConnectionString));
    }

    [Fact]
    public async Task Valid_only_imports_the_good_rows_each_audited_and_lists_the_bad_ones()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        var unmas = (await client.CreateAsync("/api/recipients", new { name = "UNMAS", kind = "unAgency" })).Str("id");

        using var response = await PostCsvAsync(client, Recipients + "?mode=validOnly",
            "name,kind\r\nOSCE,intergovernmental\r\nunmas,unAgency\r\nOSCE,ngo\r\nEEAS,euInstitution\r\n");
        var result = await response.ReadObjectAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((4, 2, 2), (result["rows"]!.GetValue<int>(), result["created"]!.GetValue<int>(), result["failed"]!.GetValue<int>()));
        var rows = result["results"]!.AsArray();
        Assert.Equal(unmas, rows[1]!.Str("existingId"));          // a recipient that existed
        Assert.Equal(1, rows[2]!["existingRow"]!.GetValue<int>()); // an earlier row of the file
        Assert.NotNull(rows[1]!["errors"]!["name"]);

        var names = (await client.GetAllAsync("/api/recipients")).Select(r => r.Str("name")).Order();
        Assert.Equal(["EEAS", "OSCE", "UNMAS"], names);
        foreach (var created in new[] { rows[0]!, rows[3]! })
        {
            var trail = await client.GetObjectAsync($"/api/audit?resource=recipients&id={created.Str("id")}");
            Assert.Equal("create", Assert.Single(trail["items"]!.AsArray())!.Str("action"));
        }
    }

    [Fact]
    public async Task Organisations_may_share_a_name_and_the_import_says_which_do()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        var linden = (await client.CreateAsync("/api/organisations", new { name = "Linden Society", kind = "diasporaOrganisation" })).Str("id");

        using var response = await PostCsvAsync(client, Organisations + "?dryRun=true",
            "name;kind;aliases\r\nlinden society;diasporaOrganisation;Lipa\r\nAlder House;other;\r\nLINDEN SOCIETY;other;\"[\"\"Tilia\"\"]\"\r\n");
        var result = await response.ReadObjectAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, result.ToJsonString());
        var rows = result["results"]!.AsArray();
        Assert.Equal(linden, Assert.Single(rows[0]!["sameNameIds"]!.AsArray())!.GetValue<string>());
        Assert.Null(rows[1]!["sameNameIds"]);
        Assert.Equal(linden, Assert.Single(rows[2]!["sameNameIds"]!.AsArray())!.GetValue<string>());
        Assert.Equal(1, Assert.Single(rows[2]!["sameNameRows"]!.AsArray())!.GetValue<int>());
        Assert.All(rows, r => Assert.Null(r!["id"]));
        Assert.True(result["dryRun"]!.GetValue<bool>());
        Assert.Single(await client.GetAllAsync("/api/organisations"));
    }

    [Fact]
    public async Task A_dry_run_saves_nothing_and_answers_what_the_import_would_do()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        const string File = "name,kind\r\nOSCE,intergovernmental\r\nOSCE,ngo\r\n";
        var before = await DatabaseSnapshot.TakeAsync(app.ConnectionString);

        using (var dry = await PostCsvAsync(client, Recipients + "?dryRun=true&mode=validOnly", File))
        {
            var result = await dry.ReadObjectAsync();
            Assert.Equal((1, 1), (result["created"]!.GetValue<int>(), result["failed"]!.GetValue<int>()));
            Assert.Equal(1, result["results"]![1]!["existingRow"]!.GetValue<int>());
        }

        using (var dry = await PostCsvAsync(client, Recipients + "?dryRun=true", File))
        {
            var problem = await ProblemAssert.IsProblemAsync(dry, HttpStatusCode.Conflict);
            Assert.Contains("none would be", problem.Str("detail"));
        }

        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(app.ConnectionString));
    }

    [Fact]
    public async Task A_formula_the_export_escaped_imports_as_the_value_it_escaped()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        using var response = await PostCsvAsync(client, Organisations, "name,kind\r\n'=SUM(A1:A2),other\r\n'Quoted,other\r\n");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["'Quoted", "=SUM(A1:A2)"], (await client.GetAllAsync("/api/organisations")).Select(o => o.Str("name")).Order());
    }

    [Theory]
    [InlineData("text/plain", "name,kind\r\nOSCE,ngo\r\n", HttpStatusCode.UnsupportedMediaType, null)]
    [InlineData("application/json", "{\"name\":\"OSCE\"}", HttpStatusCode.UnsupportedMediaType, null)]
    [InlineData("text/csv", "", HttpStatusCode.BadRequest, "body")]
    [InlineData("text/csv", "name,kind\r\n", HttpStatusCode.BadRequest, "body")]
    [InlineData("text/csv", "name,kind\r\nOSCE,ngo,extra\r\n", HttpStatusCode.BadRequest, "body")]
    [InlineData("text/csv", "name,kind\r\n\"OSCE,ngo\r\n", HttpStatusCode.BadRequest, "body")]
    [InlineData("text/csv", "name,kind\r\nOS\"CE,ngo\r\n", HttpStatusCode.BadRequest, "body")]
    [InlineData("text/csv", "name,kind,nickname\r\nOSCE,ngo,x\r\n", HttpStatusCode.BadRequest, "nickname")]
    [InlineData("text/csv", "name,name,kind\r\nOSCE,OSCE,ngo\r\n", HttpStatusCode.BadRequest, "name")]
    public async Task A_file_that_cannot_be_read_is_refused_and_changes_nothing(string contentType, string body, HttpStatusCode status, string? field)
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        var before = await DatabaseSnapshot.TakeAsync(app.ConnectionString);
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new(contentType);
        using var response = await client.PostAsync(Recipients, content);
        var problem = await ProblemAssert.IsProblemAsync(response, status);
        if (field is not null)
        {
            Assert.True(problem["errors"]?[field] is not null, problem.ToJsonString());
        }

        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(app.ConnectionString));
    }

    [Fact]
    public async Task Text_that_is_not_utf8_and_bad_parameters_are_refused()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        using var latin1 = new ByteArrayContent(Encoding.Latin1.GetBytes("name,kind\r\nKöln Verein,ngo\r\n"));
        latin1.Headers.ContentType = new("text/csv");
        var problem = await ProblemAssert.IsProblemAsync(await client.PostAsync(Recipients, latin1), HttpStatusCode.BadRequest);
        Assert.Contains("UTF-8", problem["errors"]!["body"]![0]!.GetValue<string>());

        await (await PostCsvAsync(client, Recipients + "?mode=valid-only", "name,kind\r\nOSCE,ngo\r\n")).AssertInvalidAsync("mode");
        await (await PostCsvAsync(client, Recipients + "?dryRun=maybe", "name,kind\r\nOSCE,ngo\r\n")).AssertInvalidAsync("dryRun");
        Assert.Empty(await client.GetAllAsync("/api/recipients"));
    }

    [Fact]
    public async Task An_import_sent_again_with_its_idempotency_key_is_answered_again_not_imported_twice()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        async Task<(HttpStatusCode Status, string Body, bool Replayed)> SendAsync()
        {
            using var content = new StringContent("name,kind\r\nElm Circle,other\r\nAsh Forum,other\r\n", Encoding.UTF8);
            content.Headers.ContentType = new("text/csv");
            using var request = new HttpRequestMessage(HttpMethod.Post, Organisations) { Content = content };
            request.Headers.Add("Idempotency-Key", "import-2025-05-organisations");
            using var response = await client.SendAsync(request);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Contains("Idempotency-Replayed"));
        }

        var first = await SendAsync();
        var again = await SendAsync();
        Assert.True(first.Status == HttpStatusCode.OK, first.Body);
        Assert.False(first.Replayed);
        Assert.Equal((HttpStatusCode.OK, first.Body, true), (again.Status, again.Body, again.Replayed));
        Assert.Equal(2, (await client.GetAllAsync("/api/organisations")).Count);
    }

    [Fact]
    public async Task A_reader_key_cannot_import()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var reader = await app.CreateClientAsync(ApiKeyRole.Reader);
        using var response = await PostCsvAsync(reader, Organisations, "name,kind\r\nElm Circle,other\r\n");
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    private static Dictionary<string, string> KeptFields(JsonObject record) =>
        record.Where(f => Kept.Contains(f.Key)).ToDictionary(f => f.Key, f => f.Value?.ToJsonString() ?? "null");

    private static async Task<string> GetCsvAsync(HttpClient client, string list)
    {
        using var response = await client.GetAsync(list + "?format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static Task<HttpResponseMessage> PostCsvAsync(HttpClient client, string url, string csv)
    {
        var content = new StringContent(csv, Encoding.UTF8);
        content.Headers.ContentType = new("text/csv") { CharSet = "utf-8" };
        return client.PostAsync(url, content);
    }
}
