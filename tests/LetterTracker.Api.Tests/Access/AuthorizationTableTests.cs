using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LetterTracker.Api.Tests.Access;

/// <summary>
/// The access rule of every endpoint the app serves, written out, and tried with every kind of caller.
/// A new endpoint fails <see cref="Every_endpoint_the_app_serves_has_a_rule_in_the_table"/> until it
/// is added here with the rule it must have.
/// </summary>
public sealed partial class AuthorizationTableTests
{
    /// <summary>Open: outside the API (health), anyone. Read: GET, anonymous unless Auth:AnonymousRead is false. Editor, Admin: a key with at least that role.</summary>
    public enum Rule { Open, Read, Editor, Admin }

    public enum Caller { Anonymous, Reader, Editor, Admin, RevokedKey }

    private static readonly Dictionary<string, Rule> Table = new()
    {
        ["GET /api/sources"] = Rule.Read,
        ["GET /api/sources/{id}"] = Rule.Read,
        ["POST /api/sources"] = Rule.Editor,
        ["PUT /api/sources/{id}"] = Rule.Editor,
        ["PATCH /api/sources/{id}"] = Rule.Editor,
        ["DELETE /api/sources/{id}"] = Rule.Editor,

        ["GET /api/citations"] = Rule.Read,
        ["GET /api/citations/{id}"] = Rule.Read,
        ["POST /api/citations"] = Rule.Editor,
        ["PUT /api/citations/{id}"] = Rule.Editor,
        ["PATCH /api/citations/{id}"] = Rule.Editor,
        ["DELETE /api/citations/{id}"] = Rule.Editor,

        ["GET /api/incidents"] = Rule.Read,
        ["GET /api/incidents/{id}"] = Rule.Read,
        ["POST /api/incidents"] = Rule.Editor,
        ["PUT /api/incidents/{id}"] = Rule.Editor,
        ["PATCH /api/incidents/{id}"] = Rule.Editor,
        ["DELETE /api/incidents/{id}"] = Rule.Editor,

        ["GET /api/casualty-figures"] = Rule.Read,
        ["GET /api/casualty-figures/{id}"] = Rule.Read,
        ["POST /api/casualty-figures"] = Rule.Editor,
        ["PUT /api/casualty-figures/{id}"] = Rule.Editor,
        ["PATCH /api/casualty-figures/{id}"] = Rule.Editor,
        ["DELETE /api/casualty-figures/{id}"] = Rule.Editor,

        ["GET /api/organisations"] = Rule.Read,
        ["GET /api/organisations/{id}"] = Rule.Read,
        ["POST /api/organisations"] = Rule.Editor,
        ["POST /api/import/organisations"] = Rule.Editor,
        ["GET /api/calendar.ics"] = Rule.Read,
        ["POST /api/import/recipients"] = Rule.Editor,
        ["PUT /api/organisations/{id}"] = Rule.Editor,
        ["PATCH /api/organisations/{id}"] = Rule.Editor,
        ["DELETE /api/organisations/{id}"] = Rule.Editor,

        ["GET /api/recipients"] = Rule.Read,
        ["GET /api/recipients/{id}"] = Rule.Read,
        ["POST /api/recipients"] = Rule.Editor,
        ["PUT /api/recipients/{id}"] = Rule.Editor,
        ["PATCH /api/recipients/{id}"] = Rule.Editor,
        ["DELETE /api/recipients/{id}"] = Rule.Editor,

        ["GET /api/letters"] = Rule.Read,
        ["GET /api/letters/{id}"] = Rule.Read,
        ["POST /api/letters"] = Rule.Editor,
        ["PUT /api/letters/{id}"] = Rule.Editor,
        ["PATCH /api/letters/{id}"] = Rule.Editor,
        ["DELETE /api/letters/{id}"] = Rule.Editor,
        ["GET /api/letters/{id}/dispatches"] = Rule.Read,

        ["GET /api/dispatches"] = Rule.Read,
        ["GET /api/dispatches/{id}"] = Rule.Read,
        ["POST /api/dispatches"] = Rule.Editor,
        ["PUT /api/dispatches/{id}"] = Rule.Editor,
        ["PATCH /api/dispatches/{id}"] = Rule.Editor,
        ["DELETE /api/dispatches/{id}"] = Rule.Editor,
        ["GET /api/dispatches/{id}/events"] = Rule.Read,
        ["GET /api/dispatches/{id}/events/{eventId}"] = Rule.Read,
        ["POST /api/dispatches/{id}/events"] = Rule.Editor,

        ["GET /api/search"] = Rule.Read,

        ["GET /api/stats/recipients"] = Rule.Read,
        ["GET /api/stats/letters/{letterId}"] = Rule.Read,
        ["GET /api/stats/overview"] = Rule.Read,

        ["GET /api/audit"] = Rule.Editor,
        ["POST /api/audit/{id}/restore"] = Rule.Admin,

        ["GET /api/api-keys"] = Rule.Admin,
        ["GET /api/api-keys/{id}"] = Rule.Admin,
        ["POST /api/api-keys"] = Rule.Admin,
        ["DELETE /api/api-keys/{id}"] = Rule.Admin,

        ["GET /api/webhooks"] = Rule.Admin,
        ["GET /api/webhooks/{id}"] = Rule.Admin,
        ["POST /api/webhooks"] = Rule.Admin,
        ["DELETE /api/webhooks/{id}"] = Rule.Admin,
        ["GET /api/webhooks/{id}/deliveries"] = Rule.Admin,
        ["POST /api/webhooks/{id}/deliveries/{deliveryId}/redeliver"] = Rule.Admin,

        ["* /health/live"] = Rule.Open,
        ["* /health/ready"] = Rule.Open,
    };

    /// <summary>401, 403, or null: the request gets past access control (whatever it then answers).</summary>
    private static HttpStatusCode? Expected(Rule rule, Caller caller, bool anonymousRead) => (rule, caller) switch
    {
        (Rule.Open, _) => null,
        (_, Caller.RevokedKey) => HttpStatusCode.Unauthorized,
        (Rule.Read, Caller.Anonymous) => anonymousRead ? null : HttpStatusCode.Unauthorized,
        (Rule.Read, _) => null,
        (_, Caller.Anonymous) => HttpStatusCode.Unauthorized,
        (Rule.Editor, Caller.Reader) => HttpStatusCode.Forbidden,
        (Rule.Editor, _) => null,
        (Rule.Admin, Caller.Admin) => null,
        (Rule.Admin, _) => HttpStatusCode.Forbidden,
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    [Fact]
    public void Every_endpoint_the_app_serves_has_a_rule_in_the_table()
    {
        using var app = new LetterTrackerApp(seed: false);
        var served = EndpointsOf(app);

        var missing = served.Except(Table.Keys).Order().ToList();
        var stale = Table.Keys.Except(served).Order().ToList();
        Assert.True(missing.Count == 0, "Endpoints without a rule in this table (add each with the rule it must have): " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "Rules for endpoints the app no longer serves: " + string.Join(", ", stale));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Every_endpoint_admits_and_refuses_every_kind_of_caller_as_its_rule_says(bool anonymousRead)
    {
        using var app = new LetterTrackerApp(seed: false, new Dictionary<string, string?> { ["Auth:AnonymousRead"] = anonymousRead ? "true" : "false" });
        var revoked = await app.CreateApiKeyAsync(ApiKeyRole.Admin, "Revoked admin key");
        using (var admin = app.CreateClient())
        using (var revoke = await admin.DeleteAsync($"/api/api-keys/{revoked.Id}", "\"1\""))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }

        var clients = new Dictionary<Caller, HttpClient>
        {
            [Caller.Anonymous] = app.CreateClient(apiKey: null),
            [Caller.Reader] = await app.CreateClientAsync(ApiKeyRole.Reader),
            [Caller.Editor] = await app.CreateClientAsync(ApiKeyRole.Editor),
            [Caller.Admin] = await app.CreateClientAsync(ApiKeyRole.Admin),
            [Caller.RevokedKey] = app.CreateClient(apiKey: revoked.Secret),
        };

        var mismatches = new List<string>();
        var tried = 0;
        var served = EndpointsOf(app);
        foreach (var endpoint in served.Order())
        {
            if (!Table.TryGetValue(endpoint, out var rule))
            {
                mismatches.Add($"{endpoint}: no rule in the table");
                continue;
            }

            foreach (var (caller, client) in clients)
            {
                using var request = HarmlessRequest(endpoint);
                using var response = await client.SendAsync(request);
                tried++;
                var expected = Expected(rule, caller, anonymousRead);
                var status = response.StatusCode;
                var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
                var challenge = string.Join(",", response.Headers.WwwAuthenticate);
                var ok = expected switch
                {
                    HttpStatusCode.Unauthorized => status == expected && problem && challenge == "ApiKey",
                    HttpStatusCode.Forbidden => status == expected && problem && challenge == "",
                    _ => status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) && (int)status < 500,
                };
                if (!ok)
                {
                    mismatches.Add($"{endpoint} as {caller}: expected {(expected is { } e ? (int)e : "to pass")}, got {(int)status} " +
                        $"({response.Content.Headers.ContentType?.MediaType}, WWW-Authenticate '{challenge}'): {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        Assert.Equal(served.Count * clients.Count, tried);
    }

    /// <summary>"GET /api/letters/{id}/dispatches" for each method of each route the app serves ("*" where any method is).</summary>
    private static HashSet<string> EndpointsOf(LetterTrackerApp app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(method => $"{method} {Path(e.RoutePattern.RawText!)}"))
            .ToHashSet();

    private static string Path(string pattern) => pattern.Length > 1 ? pattern.TrimEnd('/') : pattern;

    /// <summary>
    /// A request that changes nothing whoever sends it: route ids no record has (404), empty bodies (400),
    /// no If-Match (428). Only access control decides whether it gets that far.
    /// </summary>
    private static HttpRequestMessage HarmlessRequest(string endpoint)
    {
        var (method, pattern) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
        var request = new HttpRequestMessage(new HttpMethod(method == "*" ? "GET" : method), RouteParameter().Replace(pattern, _ => Guid.NewGuid().ToString()));
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, method == "PATCH" ? HttpWrites.MergePatch : "application/json");
        }

        return request;
    }

    [GeneratedRegex("{[^}]+}")]
    private static partial Regex RouteParameter();
}
