using System.Net;
using System.Text.Json.Nodes;

namespace LetterTracker.Api.Tests.Infrastructure;

public static class ProblemAssert
{
    /// <summary>Asserts an RFC 9457 problem response with the status, a useful detail and a traceId; returns the body.</summary>
    public static async Task<JsonObject> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!.AsObject();
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem.StrOrNull("title")), body);
        Assert.False(string.IsNullOrWhiteSpace(problem.StrOrNull("detail")), $"A problem needs a detail: {body}");
        Assert.False(string.IsNullOrWhiteSpace(problem.StrOrNull("traceId")), body);
        Assert.DoesNotContain("   at ", body); // never a stack trace
        return problem;
    }
}
