using System.Net;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Common;

/// <summary>A query parameter an endpoint does not take is a 400 naming the ones it does take, never silently ignored.</summary>
public sealed class QueryParameterTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task An_unknown_filter_is_refused_naming_the_parameters_the_list_takes()
    {
        using var response = await client.GetAsync("/api/letters?name=Protest&limit=1");
        var problem = await response.AssertInvalidAsync("name");
        Assert.Equal(
            "'name' is not a parameter of GET /api/letters, which takes: organisationId, recipientId, incidentId, status, sentFrom, sentTo, q, sort, limit, cursor, format.",
            problem["errors"]!["name"]![0]!.GetValue<string>());
        Assert.False(response.Headers.Contains("Link"));
    }

    [Theory]
    [InlineData("/api/letters/01a201be-96aa-7475-9a3c-990f2ef5639a?format=csv", "'format' is not a parameter of GET /api/letters/01a201be-96aa-7475-9a3c-990f2ef5639a, which takes none.")]
    [InlineData("/api/search?q=mine&format=csv", "'format' is not a parameter of GET /api/search, which takes: q, type, limit, cursor.")]
    [InlineData("/api/api-keys?format=csv", "'format' is not a parameter of GET /api/api-keys, which takes: limit, cursor.")]
    public async Task Any_endpoint_refuses_a_parameter_it_does_not_take(string url, string error)
    {
        using var response = await client.GetAsync(url);
        var problem = await response.AssertInvalidAsync("format");
        Assert.Equal(error, problem["errors"]!["format"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_and_repeated_parameters_are_refused_together()
    {
        using var response = await client.GetAsync("/api/dispatches?status=sent&status=delivered&overdu=true&fromat=csv");
        await response.AssertInvalidAsync("status", "overdu", "fromat");
    }

    [Fact]
    public async Task A_write_refuses_a_query_parameter_too_and_changes_nothing()
    {
        var before = await DatabaseSnapshot.TakeAsync(app.App.ConnectionString);
        using var response = await client.PostJsonAsync("/api/organisations?dryRun=true", new { name = "Query string organisation", kind = "other" });
        await response.AssertInvalidAsync("dryRun");
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(app.App.ConnectionString));
    }

    [Theory]
    [InlineData("/health/live?verbose=1")]
    [InlineData("/swagger/v1/swagger.json?format=yaml")]
    public async Task Health_and_the_OpenAPI_document_are_not_affected(string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>
    /// What each endpoint takes comes from its handler's parameters, as the OpenAPI document does: every
    /// documented query parameter is taken, and nothing else.
    /// </summary>
    [Fact]
    public async Task Every_endpoint_takes_exactly_the_query_parameters_the_OpenAPI_document_lists()
    {
        var document = await client.GetObjectAsync("/swagger/v1/swagger.json");
        var checkedEndpoints = 0;
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            var get = item!["get"]?.AsObject();
            if (get is null)
            {
                continue;
            }

            var url = Url(path);
            var documented = (get["parameters"]?.AsArray() ?? []).Select(p => p!.AsObject()).Where(p => p.Str("in") == "query").ToList();
            foreach (var parameter in documented)
            {
                // A value of the documented type: whether the endpoint then accepts it (an unknown id is a 404,
                // a made-up cursor a 400 keyed cursor), it is not refused as a parameter it does not take.
                using var response = await client.GetAsync($"{url}?{parameter.Str("name")}={Uri.EscapeDataString(ValueOf(parameter, document))}");
                var body = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain("is not a parameter of", body);
            }

            using var undocumented = await client.GetAsync($"{url}?undocumented=1");
            var problem = await undocumented.AssertInvalidAsync("undocumented");
            var expected = documented.Count == 0 ? "which takes none." : $"which takes: {string.Join(", ", documented.Select(p => p.Str("name")))}.";
            Assert.EndsWith(expected, problem["errors"]!["undocumented"]![0]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
            checkedEndpoints++;
        }

        Assert.True(checkedEndpoints >= 15, $"Only {checkedEndpoints} GET endpoints were checked.");
    }

    /// <summary>A path with its parameters filled with any UUID (the query is checked before the record is looked up).</summary>
    private static string Url(string path) => System.Text.RegularExpressions.Regex.Replace(path, @"\{[^}]+\}", Guid.CreateVersion7().ToString());

    private static string ValueOf(JsonObject parameter, JsonObject document)
    {
        var schema = parameter["schema"]!;
        if (schema["$ref"] is { } reference)
        {
            schema = document["components"]!["schemas"]![reference.GetValue<string>().Split('/')[^1]]!;
        }

        // OpenAPI 3.1 writes a nullable type as ["null", "integer"].
        var type = schema["type"] is JsonArray types ? types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") : schema.StrOrNull("type");
        return schema["enum"]?[0]?.ToString() ?? (type, schema.StrOrNull("format")) switch
        {
            ("integer", _) => "1",
            ("boolean", _) => "true",
            (_, "uuid") => Guid.CreateVersion7().ToString(),
            (_, "date") => "2025-04-06",
            (_, "date-time") => "2025-04-06T00:00:00Z",
            _ => "x",
        };
    }
}
