using System.Net;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Hosting;

public sealed class SwaggerTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient client = app.CreateClient();

    private async Task<IEnumerable<(string Path, string Method, JsonObject Operation)>> OperationsAsync()
    {
        var document = await client.GetObjectAsync("/swagger/v1/swagger.json");
        return document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Select(op => (path.Key, op.Key, op.Value!.AsObject())));
    }

    [Fact]
    public async Task The_document_covers_every_resource()
    {
        var paths = (await OperationsAsync()).Select(o => o.Path).ToHashSet();
        foreach (var resource in new[] { "sources", "citations", "incidents", "casualty-figures", "organisations", "recipients", "letters", "dispatches" })
        {
            Assert.Contains($"/api/{resource}", paths);
            Assert.Contains($"/api/{resource}/{{id}}", paths);
        }

        Assert.Contains("/api/letters/{id}/dispatches", paths);
        Assert.Contains("/api/dispatches/{id}/events", paths);
    }

    [Fact]
    public async Task Every_operation_has_a_summary_a_description_and_documented_problem_responses()
    {
        foreach (var (path, method, operation) in await OperationsAsync())
        {
            Assert.False(string.IsNullOrWhiteSpace(operation.StrOrNull("summary")), $"{method} {path} has no summary");
            Assert.False(string.IsNullOrWhiteSpace(operation.StrOrNull("description")), $"{method} {path} has no description");
            var responses = operation["responses"]!.AsObject();
            // An import creates many records and answers 200 with what it did; a redelivery is queued (202).
            var import = path.StartsWith("/api/import/", StringComparison.Ordinal);
            var queued = path.EndsWith("/redeliver", StringComparison.Ordinal);
            var success = method switch { "post" when queued => "202", "post" when !import => "201", "delete" => "204", _ => "200" };
            Assert.True(responses.ContainsKey(success), $"{method} {path} documents no {success}");
            Assert.True(responses["500"]?["content"]?.AsObject().ContainsKey("application/problem+json"), $"{method} {path} documents no 500 problem");
            if (method == "post" && !import && !queued)
            {
                Assert.NotNull(responses["201"]!["headers"]?["Location"]);
            }
            var badRequest = responses["400"]?["content"]?.AsObject();
            Assert.True(badRequest?.ContainsKey("application/problem+json"), $"{method} {path} documents no 400 problem");
            if (path.Contains("{id}"))
            {
                Assert.True(responses["404"]?["content"]?.AsObject().ContainsKey("application/problem+json"), $"{method} {path} documents no 404 problem");
            }

            if (method is "put" or "patch" or "delete")
            {
                foreach (var status in new[] { "409", "412", "428" })
                {
                    Assert.True(responses[status]?["content"]?.AsObject().ContainsKey("application/problem+json"), $"{method} {path} documents no {status} problem");
                }
            }
        }
    }

    [Fact]
    public async Task Enums_are_documented_as_the_camelCase_strings_the_API_sends()
    {
        var document = await client.GetObjectAsync("/swagger/v1/swagger.json");
        var status = document["components"]!["schemas"]!["DispatchStatus"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>());
        Assert.Equal(["draft", "sent", "delivered", "acknowledged", "responded", "referred", "declined", "closed"], status);
    }

    [Fact]
    public async Task Every_write_documents_its_body_with_an_example_and_changes_require_If_Match()
    {
        var document = await client.GetObjectAsync("/swagger/v1/swagger.json");
        var schemas = document["components"]!["schemas"]!.AsObject();
        var writes = (await OperationsAsync()).Where(o => o.Method is "post" or "put" or "patch" or "delete").ToList();
        Assert.NotEmpty(writes);
        // The POSTs that act on a record named in the path and take no body.
        string[] bodiless = ["/api/audit/{id}/restore", "/api/webhooks/{id}/deliveries/{deliveryId}/redeliver"];
        foreach (var (path, method, operation) in writes)
        {
            if (method != "delete" && !bodiless.Contains(path))
            {
                var content = operation["requestBody"]!["content"]!.AsObject();
                if (path.StartsWith("/api/import/", StringComparison.Ordinal))
                {
                    // A CSV file: its example is a header and a row, as the import reads them.
                    var csv = content["text/csv"]!;
                    Assert.Equal("string", csv["schema"]!.Str("type"));
                    Assert.Equal(2, Infrastructure.Rfc4180.Parse(csv["example"]!.GetValue<string>()).Count);
                    continue;
                }

                var mediaType = method == "patch" ? "application/merge-patch+json" : "application/json";
                Assert.True(content.ContainsKey(mediaType), $"{method} {path} does not document {mediaType}");
                var schemaName = content[mediaType]!["schema"]!["$ref"]!.GetValue<string>().Split('/')[^1];
                Assert.True(schemas[schemaName]!["example"] is not null, $"{schemaName} ({method} {path}) has no example");
            }

            if (method != "post")
            {
                var ifMatch = operation["parameters"]!.AsArray().SingleOrDefault(p => p.Str("name") == "If-Match");
                Assert.True(ifMatch is not null, $"{method} {path} does not document If-Match");
                Assert.Equal("header", ifMatch.Str("in"));
                Assert.True(ifMatch!["required"]!.GetValue<bool>());
            }
        }
    }

    [Fact]
    public async Task Every_record_a_response_returns_has_an_example()
    {
        var document = await client.GetObjectAsync("/swagger/v1/swagger.json");
        var schemas = document["components"]!["schemas"]!.AsObject();
        var responseSchemas = schemas.Where(s => s.Key.EndsWith("Response", StringComparison.Ordinal)).ToList();
        Assert.Equal(15, responseSchemas.Count);
        Assert.All(responseSchemas, s => Assert.True(s.Value!["example"] is not null, $"{s.Key} has no example"));
    }

    [Fact]
    public async Task Swagger_UI_is_served()
    {
        using var response = await client.GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger-ui", await response.Content.ReadAsStringAsync());
    }
}
