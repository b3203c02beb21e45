using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;
using Microsoft.OpenApi;

namespace LetterTracker.Api.Tests.Hosting.OpenApi;

/// <summary>The served OpenAPI document as clients and their tools read it: valid, and true to what the API answers.</summary>
public sealed class OpenApiDocumentTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient client = app.CreateClient();

    private Task<JsonObject> DocumentAsync() => client.GetObjectAsync("/swagger/v1/swagger.json");

    private async Task<IEnumerable<(string Path, string Method, JsonObject Operation)>> OperationsAsync() =>
        (await DocumentAsync())["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Select(op => (path.Key, op.Key, op.Value!.AsObject())));

    [Fact]
    public async Task The_OpenAPI_reader_finds_no_error_nor_warning_and_the_document_validates()
    {
        var text = await client.GetStringAsync("/swagger/v1/swagger.json");

        var read = OpenApiDocument.Parse(text, "json");

        Assert.Empty(read.Diagnostic!.Errors);
        Assert.Empty(read.Diagnostic.Warnings);
        Assert.Empty(read.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet())!);
    }

    [Theory]
    [InlineData("/api/recipients?limit=200")] // most recipients have no parent: null
    [InlineData("/api/dispatches?limit=200")] // no source gives a channel: null
    [InlineData("/api/letters")]
    [InlineData("/api/incidents")]
    [InlineData("/api/organisations")]
    [InlineData("/api/sources")]
    [InlineData("/api/citations?limit=200")]
    [InlineData("/api/casualty-figures")]
    [InlineData("/api/stats/recipients")]
    [InlineData("/api/stats/overview")]
    [InlineData("/api/search?q=Aghdam")]
    public async Task Seeded_answers_match_their_documented_schemas(string url)
    {
        var document = await DocumentAsync();
        var check = new SchemaCheck(document);
        var path = url.Split('?')[0];
        var schema = document["paths"]![path]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;

        var answer = await client.GetObjectAsync(url);

        Assert.Empty(check.Violations(answer, schema));
        // And each listed record read by id, where the list has a by-id read: the full record, with its lists.
        if (document["paths"]![path + "/{id}"]?["get"] is JsonObject get && answer["items"] is JsonArray items)
        {
            var recordSchema = get["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
            foreach (var item in items.Take(20))
            {
                var record = await client.GetObjectAsync($"{path}/{item.Str("id")}");
                Assert.Empty(check.Violations(record, recordSchema, $"{path}/{item.Str("id")}"));
            }
        }
    }

    [Fact]
    public async Task The_seed_has_the_nulls_the_nullable_schemas_are_about()
    {
        var document = await DocumentAsync();
        var recipients = (await client.GetObjectAsync("/api/recipients?limit=200"))["items"]!.AsArray();
        var dispatches = (await client.GetObjectAsync("/api/dispatches?limit=200"))["items"]!.AsArray();

        Assert.Contains(recipients, r => r!["parent"] is null);
        Assert.Contains(recipients, r => r!["parent"] is not null);
        Assert.Contains(dispatches, d => d!["channel"] is null);
        var schemas = document["components"]!["schemas"]!;
        Assert.True(schemas["RecipientSummary"]!["properties"]!["parent"]!["nullable"]!.GetValue<bool>());
        Assert.True(schemas["DispatchSummary"]!["properties"]!["channel"]!["nullable"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Problems_the_API_answers_match_the_documented_problem_and_its_example()
    {
        var document = await DocumentAsync();
        var check = new SchemaCheck(document);
        var problem = JsonNode.Parse("""{"$ref":"#/components/schemas/Problem"}""")!;
        using var keyed = app.CreateClient();
        keyed.DefaultRequestHeaders.Add("X-Api-Key", "lt_not-a-key-of-this-server");
        var answers = new[]
        {
            await client.GetAsync($"/api/letters/{Guid.CreateVersion7()}"),
            await client.GetAsync("/api/letters?limit=0"),
            await client.GetAsync("/api/letters?" + new string('q', 5000)),
            await client.PostAsync("/api/incidents", JsonContent.Create(new { })),
            await keyed.GetAsync("/api/letters"),
            await client.PostAsync("/api/recipients", JsonContent.Create(new { name = "Amnesty International", kind = "ngo" })), // the seed has it: 409 with existingId
            await client.PostAsync("/api/recipients", JsonContent.Create(new { name = 3, kind = "nobody", nickname = "x" })),
        };

        foreach (var answer in answers)
        {
            var status = ((int)answer.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
            var body = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;
            Assert.Empty(check.Violations(body, problem, $"problem {status}"));
            var example = (await OperationsAsync()).Select(o => o.Operation["responses"]![status]?["content"]?["application/problem+json"]?["example"])
                .First(e => e is not null);
            Assert.Equal(example.Str("type"), body.Str("type"));
        }

        Assert.Equal(HttpStatusCode.Conflict, answers[5].StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, answers[6].StatusCode);
    }

    [Fact]
    public async Task Every_error_response_is_the_problem_schema_with_an_example_that_fits_it()
    {
        var document = await DocumentAsync();
        var check = new SchemaCheck(document);
        foreach (var (path, method, operation) in await OperationsAsync())
        {
            var responses = operation["responses"]!.AsObject();
            foreach (var status in new[] { "400", "414", "429", "500", "503" })
            {
                Assert.True(responses.ContainsKey(status), $"{method} {path} documents no {status}");
            }

            Assert.True(responses["503"]!["headers"]?["Retry-After"] is not null, $"{method} {path} 503 documents no Retry-After");

            foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
            {
                var media = response!["content"]?["application/problem+json"];
                Assert.True(media is not null, $"{method} {path} {status} is not a problem");
                Assert.Equal("#/components/schemas/Problem", media!["schema"].Str("$ref"));
                Assert.Equal(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), media["example"]!["status"]!.GetValue<int>());
                Assert.Empty(check.Violations(media["example"], media["schema"]!, $"{method} {path} {status} example"));
            }
        }

        var problem = document["components"]!["schemas"]!["Problem"]!["properties"]!.AsObject();
        Assert.DoesNotContain("instance", problem.Select(p => p.Key));
    }

    [Fact]
    public async Task A_PATCH_takes_a_merge_patch_schema_of_optional_fields_where_null_clears_an_optional_one()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!;
        var patches = (await OperationsAsync()).Where(o => o.Method == "patch").ToList();
        Assert.Equal(8, patches.Count);
        foreach (var (path, _, operation) in patches)
        {
            var content = operation["requestBody"]!["content"]!.AsObject();
            Assert.True(content.ContainsKey("application/merge-patch+json"), $"PATCH {path} does not take a merge patch");
            foreach (var (_, media) in content)
            {
                var name = media!["schema"].Str("$ref").Split('/')[^1];
                Assert.EndsWith("Patch", name);
                var patch = schemas[name]!;
                var request = schemas[name[..^"Patch".Length] + "Request"]!;
                Assert.Null(patch["required"]);
                Assert.NotNull(patch["example"]);
                var required = request["required"]!.AsArray().Select(r => r!.GetValue<string>()).ToHashSet();
                foreach (var (field, schema) in patch["properties"]!.AsObject())
                {
                    Assert.True(required.Contains(field) || schema!["nullable"]?.GetValue<bool>() == true, $"{name}.{field} is optional but cannot be null");
                }
            }
        }
    }

    [Fact]
    public async Task A_PUT_takes_the_write_shape_and_may_carry_the_fields_a_GET_shows()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!;
        var puts = (await OperationsAsync()).Where(o => o.Method == "put").ToList();
        Assert.Equal(8, puts.Count);
        foreach (var (path, _, operation) in puts)
        {
            var name = operation["requestBody"]!["content"]!["application/json"]!["schema"].Str("$ref").Split('/')[^1];
            Assert.EndsWith("Replacement", name);
            var replacement = schemas[name]!;
            var request = schemas[name[..^"Replacement".Length] + "Request"]!;
            var answer = schemas[operation["responses"]!["200"]!["content"]!["application/json"]!["schema"].Str("$ref").Split('/')[^1]]!;
            Assert.True(JsonNode.DeepEquals(request["required"], replacement["required"]), $"PUT {path} requires what a POST does");
            var fields = replacement["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
            Assert.Superset(request["properties"]!.AsObject().Select(p => p.Key).ToHashSet(), fields);
            Assert.Superset(answer["properties"]!.AsObject().Select(p => p.Key).ToHashSet(), fields);
            Assert.DoesNotContain(replacement["properties"]!.AsObject(), p => p.Value!["readOnly"]?.GetValue<bool>() == true);
        }
    }

    [Fact]
    public async Task Query_parameters_state_their_values_and_bounds()
    {
        var operations = (await OperationsAsync()).ToDictionary(o => $"{o.Method} {o.Path}", o => o.Operation);
        JsonNode Parameter(string operation, string name) =>
            operations[operation]["parameters"]!.AsArray().Single(p => p.Str("name") == name)!["schema"]!;
        string[] Values(JsonNode schema) => [.. schema["enum"]!.AsArray().Select(v => v!.GetValue<string>())];

        Assert.Equal(1, Parameter("get /api/letters", "limit")["minimum"]!.GetValue<int>());
        Assert.Equal(200, Parameter("get /api/letters", "limit")["maximum"]!.GetValue<int>());
        Assert.Equal(["draft", "sent", "closed"], Values(Parameter("get /api/letters", "status")));
        Assert.Equal(["createdAt", "-createdAt", "sentOn", "-sentOn"], Values(Parameter("get /api/letters", "sort")));
        Assert.Contains("acknowledged", Values(Parameter("get /api/dispatches", "status")));
        Assert.Contains("media", Values(Parameter("get /api/recipients", "kind")));
        Assert.Contains("source", Values(Parameter("get /api/search", "type")));
        Assert.Contains("dispatch-events", Values(Parameter("get /api/audit", "resource")));
        Assert.Equal(4096, Parameter("get /api/letters", "q")["maxLength"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_document_names_its_server_licence_contact_tags_and_path_examples()
    {
        var document = await DocumentAsync();

        Assert.Equal("/", document["servers"]![0].Str("url"));
        Assert.Equal("MIT", document["info"]!["license"].Str("name"));
        Assert.False(string.IsNullOrWhiteSpace(document["info"]!["contact"].Str("name")));
        Assert.All(document["tags"]!.AsArray(), tag => Assert.False(string.IsNullOrWhiteSpace(tag.StrOrNull("description")), tag.Str("name")));
        foreach (var (path, method, operation) in await OperationsAsync())
        {
            foreach (var parameter in operation["parameters"]?.AsArray().Where(p => p.Str("in") == "path") ?? [])
            {
                var example = parameter.StrOrNull("example");
                Assert.True(Guid.TryParse(example, out _), $"{method} {path}: {parameter.Str("name")} has no id example");
            }
        }
    }
}
