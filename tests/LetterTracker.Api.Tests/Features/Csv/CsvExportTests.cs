using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Features.Csv;

/// <summary>
/// Lists as CSV (Accept: text/csv or ?format=csv): every row the JSON pages hold, in their order, a
/// column per JSON field with the same value; RFC 4180 as a strict reader reads it; formulas
/// neutralised; bad requests refused as problems.
/// </summary>
public sealed class CsvExportTests(CsvExportTests.App fixture) : IClassFixture<CsvExportTests.App>
{
    /// <summary>The seeded app with pages of at most 5, so an export of the 13 recipients or dispatches is read in several pages.</summary>
    public sealed class App() : IDisposable
    {
        public LetterTrackerApp Host { get; } = new(seed: true, settings: new Dictionary<string, string?>
        {
            ["Paging:DefaultLimit"] = "5",
            ["Paging:MaxLimit"] = "5",
        });

        public void Dispose() => Host.Dispose();
    }

    private readonly HttpClient client = fixture.Host.CreateClient();

    [Theory]
    [InlineData("/api/letters")]
    [InlineData("/api/dispatches")]
    [InlineData("/api/dispatches?sort=-sentAt")]
    [InlineData("/api/incidents")]
    [InlineData("/api/organisations?sort=-name")]
    [InlineData("/api/recipients?kind=unAgency")]
    [InlineData("/api/sources")]
    [InlineData("/api/citations")]
    [InlineData("/api/casualty-figures")]
    [InlineData("/api/stats/recipients")]
    public async Task A_list_as_csv_holds_every_row_of_its_json_pages_with_the_same_fields(string list)
    {
        var items = await client.GetAllAsync(list, limit: 5);
        Assert.NotEmpty(items);

        using var request = new HttpRequestMessage(HttpMethod.Get, list);
        request.Headers.Accept.ParseAdd("text/csv");
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.False(response.Headers.Contains("Link"), "An export has no next page.");

        var records = Rfc4180.Parse(text);
        var header = records[0];
        Assert.Equal(items.Count, records.Count - 1);
        // Every JSON field is a column, a nested object's fields as object.field.
        Assert.All(items[0].Select(p => p.Key), field => Assert.Contains(header, h => h == field || h.StartsWith(field + ".", StringComparison.Ordinal)));
        for (var row = 0; row < items.Count; row++)
        {
            for (var column = 0; column < header.Length; column++)
            {
                Assert.True(Cell(items[row], header[column]) == records[row + 1][column],
                    $"Row {row + 1}, {header[column]}: JSON {Cell(items[row], header[column])}, CSV {records[row + 1][column]}");
            }
        }
    }

    [Fact]
    public async Task Format_csv_in_the_query_answers_as_accept_does()
    {
        var byAccept = await CsvAsync("/api/recipients", accept: "text/csv");
        var byQuery = await CsvAsync("/api/recipients?format=csv", accept: null);
        Assert.Equal(byAccept, byQuery);
        Assert.StartsWith("id,name,", byQuery);
    }

    [Theory]
    [InlineData("text/csv", true)]
    [InlineData("text/csv, */*;q=0.8", true)]
    [InlineData("application/json;q=0.5, text/csv", true)]
    [InlineData("application/json, text/csv", false)]
    [InlineData("text/csv;q=0.5, application/json", false)]
    [InlineData("*/*", false)]
    [InlineData("application/json", false)]
    public async Task Accept_picks_csv_only_when_it_rates_csv_above_json(string accept, bool csv)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/organisations");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(csv ? "text/csv" : "application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/letters?format=xml", "format")]
    [InlineData("/api/letters?format=CSV", "format")]
    [InlineData("/api/letters?format=csv&format=json", "format")]
    [InlineData("/api/letters?format=csv&limit=5", "format")]
    [InlineData("/api/letters?format=csv&cursor=abc", "format")]
    [InlineData("/api/letters?format=csv&status=nope", "status")]
    [InlineData("/api/dispatches?format=csv&sort=subject", "sort")]
    [InlineData("/api/stats/recipients?format=csv&kind=nope", "kind")]
    public async Task A_bad_export_request_is_a_problem_before_any_row(string url, string parameter)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/csv");
        using var response = await client.SendAsync(request);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]?[parameter] is not null, problem.ToJsonString());
    }

    [Fact]
    public async Task Format_is_refused_where_a_list_has_no_export()
    {
        using var response = await client.GetAsync("/api/audit?format=csv");
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]?["format"]);
    }

    [Fact]
    public async Task Cells_a_spreadsheet_would_run_as_formulas_are_neutralised_and_quoting_follows_rfc_4180()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var writer = app.CreateClient();
        string[] names = ["=HYPERLINK(\"http://example.org\",\"click\")", "+1 555 0100", "-2+3", "@SUM(A1:A9)", "Alder, \"the\" House", "Birch Centre"];
        foreach (var name in names)
        {
            await writer.CreateAsync("/api/organisations", new { name, kind = "diasporaOrganisation", city = "Köln" });
        }

        var records = Rfc4180.Parse(await CsvAsync(app.CreateClient(), "/api/organisations?format=csv&sort=name", accept: null));
        var nameAt = Array.IndexOf(records[0], "name");
        // Sorted by name (code points: + - = @ A B): records created within one clock tick tie on createdAt.
        Assert.Equal(
            ["'+1 555 0100", "'-2+3", "'=HYPERLINK(\"http://example.org\",\"click\")", "'@SUM(A1:A9)", "Alder, \"the\" House", "Birch Centre"],
            records.Skip(1).Select(r => r[nameAt]));
        Assert.All(records.Skip(1), r => Assert.Equal("Köln", r[Array.IndexOf(records[0], "city")]));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_csv_answer_and_the_format_parameter()
    {
        var document = await client.GetObjectAsync("/swagger/v1/swagger.json");
        foreach (var (path, operation) in new[] { ("/api/letters", "get"), ("/api/stats/recipients", "get"), ("/api/dispatches", "get") })
        {
            var op = document["paths"]![path]![operation]!;
            var content = op["responses"]!["200"]!["content"]!.AsObject();
            Assert.Equal(["application/json", "text/csv"], content.Select(c => c.Key).Order());
            // The example is the item type's example as the export writes it: a header and one row.
            var example = Rfc4180.Parse(content["text/csv"]!["example"]!.GetValue<string>());
            Assert.Equal(2, example.Count);
            Assert.Contains(path == "/api/stats/recipients" ? "recipient.name" : "createdAt", example[0]);
            var format = op["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "format")!;
            Assert.Equal("query", format.Str("in"));
            Assert.Equal(["csv", "json"], format["schema"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        }

        var byId = document["paths"]!["/api/letters/{id}"]!["get"]!["responses"]!["200"]!["content"]!.AsObject();
        Assert.DoesNotContain("text/csv", byId.Select(c => c.Key));
    }

    private Task<string> CsvAsync(string url, string? accept) => CsvAsync(client, url, accept);

    private static async Task<string> CsvAsync(HttpClient http, string url, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return text;
    }

    /// <summary>
    /// A JSON field as its CSV cell should read (path a.b for a nested field; a null object's fields
    /// are empty): text as written, with a leading ' where a spreadsheet would run it as a formula;
    /// numbers and booleans as JSON writes them; null as nothing.
    /// </summary>
    private static string Cell(JsonObject item, string path)
    {
        JsonNode? node = item;
        foreach (var name in path.Split('.'))
        {
            Assert.True(node is null || node.AsObject().ContainsKey(name), $"{path} is not a field of {item.ToJsonString()}");
            node = node?[name];
        }

        return node switch
        {
            null => "",
            JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>() is var text
                && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : value.GetValue<string>(),
            _ => node.ToJsonString(),
        };
    }
}
