using System.Net;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Integrity;

/// <summary>A refused request changes nothing: the database is the same, row for row, after a batch of them.</summary>
public sealed class RejectedRequestTests
{
    [Fact]
    public async Task A_batch_of_refused_writes_leaves_every_table_as_it_was()
    {
        using var app = new LetterTrackerApp();
        using var client = app.CreateClient();
        var letter = Assert.Single(await client.GetAllAsync("/api/letters"));
        var letterUrl = $"/api/letters/{letter.Str("id")}";
        var organisation = (await client.GetAllAsync("/api/organisations")).First(o => o["signedLetterCount"]!.GetValue<int>() > 0);
        var organisationUrl = $"/api/organisations/{organisation.Str("id")}";
        var dispatch = (await client.GetAllAsync("/api/dispatches")).First();
        var dispatchUrl = $"/api/dispatches/{dispatch.Str("id")}";
        var unknown = Guid.CreateVersion7();

        var before = await DatabaseSnapshot.TakeAsync(app.ConnectionString);

        var refused = new List<(int Status, Func<Task<HttpResponseMessage>> Send)>
        {
            (400, () => client.PostJsonAsync("/api/organisations", """{"name":"","kind":"other"}""")),
            (400, () => client.PostJsonAsync("/api/organisations", """{"name":"x","kind":"other","unknown":1}""")),
            (400, () => client.PostJsonAsync("/api/organisations", """{"name":"x","kind":"other",""")),
            (415, () => client.SendJsonAsync(HttpMethod.Post, "/api/organisations", """{"name":"x","kind":"other"}""", contentType: "text/plain")),
            (400, () => client.PostJsonAsync("/api/letters", new { subject = "x", status = "sent", signatoryIds = new[] { organisation.Str("id"), unknown.ToString() } })),
            (400, () => client.PostJsonAsync("/api/letters", new { subject = "x", status = "draft", recipientIds = new[] { unknown } })),
            (409, () => client.PostJsonAsync("/api/dispatches", new { letterId = letter.Str("id"), recipientId = dispatch.Str("recipientId") })),
            (428, () => client.PutJsonAsync(organisationUrl, new { name = "x", kind = "other" }, ifMatch: null)),
            (412, () => client.PutJsonAsync(organisationUrl, new { name = "x", kind = "other" }, "\"9\"")),
            (409, () => client.PatchJsonAsync(letterUrl, new { recipientIds = Array.Empty<string>() }, "\"1\"")),
            (400, () => client.PatchJsonAsync(letterUrl, new { status = "draft" }, "\"1\"")),
            (409, () => client.PatchJsonAsync(letterUrl, new { status = "draft", sentFrom = (string?)null, sentTo = (string?)null }, "\"1\"")),
            (400, () => client.PatchJsonAsync(letterUrl, new { signatoryIds = new[] { unknown } }, "\"1\"")),
            (400, () => client.PatchJsonAsync(dispatchUrl, new { recipientId = unknown }, "\"1\"")),
            (400, () => client.PatchJsonAsync(dispatchUrl, new { sentAt = "2999-01-01T00:00:00+00:00" }, "\"1\"")),
            (415, () => client.SendJsonAsync(HttpMethod.Patch, dispatchUrl, new { channel = "email" }, "\"1\"", "text/plain")),
            (409, () => client.DeleteAsync(organisationUrl, "\"1\"")),
            (409, () => client.DeleteAsync(letterUrl, "\"1\"")),
            (412, () => client.DeleteAsync(dispatchUrl, "\"2\"")),
            (404, () => client.DeleteAsync($"/api/organisations/{unknown}", "\"1\"")),
        };
        foreach (var (status, send) in refused)
        {
            using var response = await send();
            Assert.True((int)response.StatusCode == status, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {status}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(app.ConnectionString));
    }
}
