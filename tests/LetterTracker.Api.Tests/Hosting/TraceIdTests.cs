using System.Net;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Hosting;

/// <summary>A problem's traceId is the request's W3C trace id: 32 hex digits, the caller's when it sent a traceparent.</summary>
public sealed class TraceIdTests
{
    private const string CallersTraceId = "4bf92f3577b34da6a3ce929d0e0e4736";

    [Fact]
    public async Task Each_request_has_its_own_trace_id_and_a_traceparent_sent_is_kept()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();

        using var first = await client.GetAsync("/nothing");
        using var second = await client.GetAsync($"/api/letters/{Guid.CreateVersion7()}");
        var ids = new[]
        {
            (await ProblemAssert.IsProblemAsync(first, HttpStatusCode.NotFound)).Str("traceId"),
            (await ProblemAssert.IsProblemAsync(second, HttpStatusCode.NotFound)).Str("traceId"),
        };
        Assert.NotEqual(ids[0], ids[1]);

        using var traced = new HttpRequestMessage(HttpMethod.Get, "/api/letters?limit=0");
        traced.Headers.Add("traceparent", $"00-{CallersTraceId}-00f067aa0ba902b7-01");
        using var answer = await client.SendAsync(traced);
        Assert.Equal(CallersTraceId, (await ProblemAssert.IsProblemAsync(answer, HttpStatusCode.BadRequest)).Str("traceId"));
    }
}
