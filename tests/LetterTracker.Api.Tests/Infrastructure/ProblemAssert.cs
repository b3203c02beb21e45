using System.Net;
using System.Text.Json.Nodes;

namespace LetterTracker.Api.Tests.Infrastructure;

public static class ProblemAssert
{
    /// <summary>Asserts an RFC 9457 problem response with the status, a useful detail and a traceId (a W3C trace id); returns the body.</summary>
    public static async Task<JsonObject> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!.AsObject();
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem.StrOrNull("title")), body);
        Assert.False(string.IsNullOrWhiteSpace(problem.StrOrNull("detail")), $"A problem needs a detail: {body}");
        // The request's W3C trace id, which its log lines carry as TraceId.
        Assert.Matches("^[0-9a-f]{32}$", problem.StrOrNull("traceId") ?? "");
        Assert.DoesNotContain("   at ", body); // never a stack trace
        return problem;
    }
}
