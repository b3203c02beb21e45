using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Features.ApiKeys;

/// <summary>Swagger documents the key (an Authorize button that works) and what each operation needs.</summary>
public sealed class ApiKeySwaggerTests
{
    private static async Task<JsonObject> DocumentAsync(bool anonymousRead = true)
    {
        using var app = new LetterTrackerApp(seed: false, new Dictionary<string, string?> { ["Auth:AnonymousRead"] = anonymousRead ? "true" : "false" });
        using var anonymous = app.CreateClient(apiKey: null);
        return await anonymous.GetObjectAsync("/swagger/v1/swagger.json");
    }

    private static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(op => (path.Key, op.Key, op.Value!.AsObject())));

    private static string Security(JsonObject operation) => operation["security"]?.ToJsonString() ?? "none";

    [Fact]
    public async Task The_key_is_an_apiKey_scheme_in_the_X_Api_Key_header()
    {
        var scheme = (await DocumentAsync())["components"]!["securitySchemes"]!["ApiKey"]!;

        Assert.Equal("apiKey", scheme.Str("type"));
        Assert.Equal("header", scheme.Str("in"));
        Assert.Equal("X-Api-Key", scheme.Str("name"));
        Assert.False(string.IsNullOrWhiteSpace(scheme.StrOrNull("description")));
    }

    [Fact]
    public async Task Every_operation_names_the_key_and_documents_the_401_and_403_it_can_answer()
    {
        var operations = Operations(await DocumentAsync()).ToList();
        Assert.NotEmpty(operations);
        foreach (var (path, method, operation) in operations)
        {
            var responses = operation["responses"]!.AsObject();
            var name = $"{method} {path}";
            // Key management, webhooks and the audit trail are the reads that need a key whatever Auth:AnonymousRead says.
            var anonymousRead = method == "get" && !path.StartsWith("/api/api-keys", StringComparison.Ordinal)
                && !path.StartsWith("/api/webhooks", StringComparison.Ordinal) && !path.StartsWith("/api/audit", StringComparison.Ordinal);
            Assert.Equal(anonymousRead ? """[{},{"ApiKey":[]}]""" : """[{"ApiKey":[]}]""", Security(operation));
            Assert.True(responses["401"]?["content"]?.AsObject().ContainsKey("application/problem+json"), $"{name} documents no 401 problem");
            Assert.NotNull(responses["401"]!["headers"]?["WWW-Authenticate"]);
            Assert.Equal(!anonymousRead, responses.ContainsKey("403"));
            if (responses["403"] is { } forbidden)
            {
                Assert.True(forbidden["content"]?.AsObject().ContainsKey("application/problem+json"), $"{name} documents no 403 problem");
            }
        }
    }

    [Fact]
    public async Task Each_operation_says_which_role_it_needs()
    {
        var document = await DocumentAsync();
        var paths = document["paths"]!;

        Assert.Equal("The API key's role is not enough: this needs an API key with the role editor or admin.",
            paths["/api/letters"]!["post"]!["responses"]!["403"]!.Str("description"));
        Assert.Equal("The API key's role is not enough: this needs an API key with the role admin.",
            paths["/api/api-keys/{id}"]!["delete"]!["responses"]!["403"]!.Str("description"));
        Assert.Equal("An X-Api-Key was sent but is malformed, unknown or revoked: send a valid key, or none.",
            paths["/api/letters"]!["get"]!["responses"]!["401"]!.Str("description"));
    }

    [Fact]
    public async Task With_anonymous_reads_off_reads_require_the_key()
    {
        var paths = (await DocumentAsync(anonymousRead: false))["paths"]!;

        var read = paths["/api/letters"]!["get"]!.AsObject();
        Assert.Equal("""[{"ApiKey":[]}]""", Security(read));
        Assert.Equal("No API key, or one that is malformed, unknown or revoked: this needs an API key (any role: reader, editor or admin) in X-Api-Key.",
            read["responses"]!["401"]!.Str("description"));
        Assert.Null(read["responses"]!["403"]);
    }
}
