using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LetterTracker.Api.Tests.Integrity;

/// <summary>
/// Thousands of generated requests, each made to be refused, across every endpoint the app maps: never
/// a 5xx nor a 2xx, always a problem with status, title and detail, and the database unchanged, row for row.
/// </summary>
public sealed class HostileInputTests
{
    private const int Seed = 20250407;

    [Fact]
    public async Task Every_endpoint_refuses_hostile_input_with_a_problem_and_changes_nothing()
    {
        using var app = new LetterTrackerApp();
        using var setup = app.CreateClient();
        var openApi = await setup.GetObjectAsync("/swagger/v1/swagger.json");
        var records = await RecordsToAimAtAsync(setup, openApi);
        var endpoints = MappedApiEndpoints(app);

        var random = new Random(Seed);
        var generator = new HostileRequests(openApi, random, records);
        // Most with a key that may do everything, so that they reach validation; some with an editor's
        // key (403 on key management), without a key (401 on writes) and with a key that is none (401).
        var editor = (await app.CreateApiKeyAsync(LetterTracker.Data.Model.ApiKeyRole.Editor)).Secret;
        var keys = new[] { LetterTrackerApp.AdminKey, LetterTrackerApp.AdminKey, LetterTrackerApp.AdminKey, LetterTrackerApp.AdminKey, LetterTrackerApp.AdminKey, LetterTrackerApp.AdminKey, LetterTrackerApp.AdminKey, editor, null, "lt_not-a-key-of-this-api" };
        var requests = endpoints
            .SelectMany(e => generator.For(e.Method, e.Path, e.Method switch { "GET" => 30, "DELETE" => 20, _ => 60 }))
            .Select(r => r with { ApiKey = keys[random.Next(keys.Length)] })
            // A third of the other POSTs carry a good Idempotency-Key: a refused request must not keep it either.
            .Select(r => r.Method == "POST" && r.IdempotencyKeys is null && random.Next(3) == 0 ? r with { IdempotencyKeys = [$"hostile-{random.Next():x8}"] } : r)
            .ToList();
        Assert.True(requests.Count >= 2000, $"Only {requests.Count} requests were generated.");
        var unaimed = endpoints.Where(e => !requests.Any(r => r.Endpoint == $"{e.Method} {e.Path}")).ToList();
        Assert.True(unaimed.Count == 0, "No requests for: " + string.Join(", ", unaimed));

        var before = await DatabaseSnapshot.TakeAsync(app.ConnectionString);
        var failures = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        // The test server's own client (each request carries its key): the factory's default one buffers every body to replay it on redirects.
        using var client = app.Server.CreateClient();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, cancellationToken) =>
        {
            using var message = request.ToMessage();
            using var response = await client.SendAsync(message, cancellationToken);
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (await ProblemOf(response) is { } problem)
            {
                failures.Add($"{status} {problem}: {request}");
            }
        });

        var after = await DatabaseSnapshot.TakeAsync(app.ConnectionString);
        Console.WriteLine($"{requests.Count} hostile requests to {endpoints.Count} endpoints: " +
            string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Value} × {s.Key}")));
        Assert.True(failures.IsEmpty, $"{failures.Count} of {requests.Count} requests were not refused as problems:\n" + string.Join('\n', failures.Order().Take(60)));
        Assert.True(before == after, "The refused requests changed the database.");
    }

    /// <summary>What is wrong with the answer to a request that had to be refused, or null when it was refused as a problem.</summary>
    private static async Task<string?> ProblemOf(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (status is < 400 or >= 500)
        {
            return status >= 500 ? $"a server error: {Shorten(body)}" : "accepted, though the request was made to be refused";
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"answered as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}: {Shorten(body)}";
        }

        var problem = JsonNode.Parse(body) as JsonObject;
        return problem?["status"]?.GetValue<int>() != status || string.IsNullOrWhiteSpace(problem.StrOrNull("title")) || string.IsNullOrWhiteSpace(problem.StrOrNull("detail"))
            ? $"a problem without status, title or detail: {Shorten(body)}"
            : null;
    }

    /// <summary>Every route under /api the app maps, by method and path as the OpenAPI document writes it.</summary>
    private static List<(string Method, string Path)> MappedApiEndpoints(LetterTrackerApp app) =>
    [
        .. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [], Path: "/" + e.RoutePattern.RawText!.Trim('/')))
            .Where(e => e.Path.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => e.Methods.Select(m => (Method: m, e.Path)))
            .Distinct()
            .OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal),
    ];

    /// <summary>
    /// A record of each collection, with its ETag, so that requests to /{id} paths reach validation: the
    /// first of each list, and an event recorded for the purpose (the seed has none) with its dispatch.
    /// </summary>
    private static async Task<Dictionary<string, (string Id, string ETag)>> RecordsToAimAtAsync(HttpClient client, JsonObject openApi)
    {
        var records = new Dictionary<string, (string Id, string ETag)>();
        foreach (var path in openApi["paths"]!.AsObject().Select(p => p.Key))
        {
            if (path.Split('/') is ["", "api", var collection] && openApi["paths"]![$"{path}/{{id}}"]?["get"] is not null
                && (await client.GetObjectAsync($"{path}?limit=1"))["items"]!.AsArray().FirstOrDefault() is { } first)
            {
                records[collection] = (first.Str("id"), await client.ETagOfAsync($"{path}/{first.Str("id")}"));
            }
        }

        var dispatchId = records["dispatches"].Id;
        using var recorded = await client.PostJsonAsync($"/api/dispatches/{dispatchId}/events", new { type = "note", at = "2025-04-20T10:00:00+00:00", note = "The hostile input test's event." });
        var anchor = (await recorded.Content.ReadFromJsonAsync<JsonObject>())!;
        records["events"] = (anchor.Str("id"), recorded.Headers.ETag!.ToString());
        records["dispatches"] = (dispatchId, await client.ETagOfAsync($"/api/dispatches/{dispatchId}"));
        return records;
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
