using LetterTracker.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LetterTracker.Api.Tests.Samples;

/// <summary>
/// src/LetterTracker.Api/LetterTracker.http, the requests a user sends from an editor: run top to
/// bottom on a freshly seeded database, each answers as it says; and every operation the app serves
/// has one, so a new endpoint fails here until it has a sample.
/// </summary>
public sealed class SampleRequestTests
{
    private static readonly string[] HttpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    private static HttpFile ReadSamples() =>
        HttpFile.Parse(File.ReadAllText(RepositoryFiles.PathOf("src", "LetterTracker.Api", "LetterTracker.http")));

    [Fact]
    public async Task Every_request_answers_2xx_or_what_it_expects_sent_in_order_on_a_freshly_seeded_database()
    {
        var samples = ReadSamples();
        Assert.Contains("host", samples.Variables.Keys);
        Assert.Contains("apiKey", samples.Variables.Keys);
        using var app = new LetterTrackerApp();
        // No default key: a request that needs one must send it, as in an editor.
        using var client = app.CreateClient(apiKey: null);
        var variables = new Dictionary<string, string>(samples.Variables)
        {
            ["host"] = client.BaseAddress!.GetLeftPart(UriPartial.Authority),
            ["apiKey"] = LetterTrackerApp.AdminKey,
        };
        var runner = new HttpSampleRunner(client, variables);

        foreach (var sample in samples.Requests)
        {
            var (status, body) = await runner.SendAsync(sample);
            var code = (int)status;
            Assert.True(
                sample.ExpectedStatus is { } expected ? code == expected : code is >= 200 and < 300,
                $"{sample} answered {code} (expected {sample.ExpectedStatus?.ToString() ?? "2xx"}): {body}");
        }
    }

    [Fact]
    public async Task Every_operation_the_app_serves_has_a_sample()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        var document = await client.GetObjectAsync("/swagger/v1/swagger.json");
        var documented = document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(operation => HttpMethods.Contains(operation.Key))
            .Select(operation => (Method: operation.Key.ToUpperInvariant(), Route: path.Key)));
        // And what the document leaves out (health): every endpoint the app maps ("*" for any method).
        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(method => (Method: method, Route: e.RoutePattern.RawText!)));

        var samples = ReadSamples().Requests;
        var missing = documented.Concat(mapped).Distinct()
            .Where(operation => !samples.Any(sample => Covers(sample, operation.Method, operation.Route)))
            .Select(operation => $"{operation.Method} {operation.Route}").Order().ToList();
        Assert.True(missing.Count == 0, "Operations without a request in LetterTracker.http (add one to it): " + string.Join(", ", missing));
    }

    /// <summary>
    /// Whether the sample is a request to the route: a {parameter} segment takes any segment, a literal one
    /// only itself; a sample's {{variable}} segment fills only a parameter.
    /// </summary>
    private static bool Covers(HttpSample sample, string method, string route)
    {
        if (method != "*" && method != sample.Method)
        {
            return false;
        }

        var path = sample.Url.Replace("{{host}}", "", StringComparison.Ordinal).Split('?')[0];
        var given = path.Trim('/').Split('/');
        var wanted = route.Trim('/').Split('/');
        return given.Length == wanted.Length && given.Zip(wanted).All(pair =>
            pair.Second.StartsWith('{') || (!pair.First.Contains("{{", StringComparison.Ordinal) && pair.First == pair.Second));
    }
}
