using System.Net;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Common;

/// <summary>412 and 428 say what happened: a record changed since the version read, or a tag it never had; and each has a type.</summary>
public sealed class PreconditionTests : IDisposable
{
    private readonly LetterTrackerApp app = new(seed: false);
    private readonly HttpClient client;

    public PreconditionTests() => client = app.CreateClient();

    /// <summary>An organisation at version 2, and its URL.</summary>
    private async Task<string> RecordAtVersion2Async()
    {
        var created = await client.CreateAsync("/api/organisations", new { name = $"Precondition {Guid.NewGuid():N}", kind = "other" });
        var url = $"/api/organisations/{created.Str("id")}";
        using var patched = await client.PatchJsonAsync(url, new { city = "Graz" }, "\"1\"");
        Assert.Equal("\"2\"", patched.Headers.ETag?.ToString());
        return url;
    }

    [Fact]
    public async Task A_tag_of_an_earlier_version_is_a_412_saying_the_record_changed_since()
    {
        var url = await RecordAtVersion2Async();
        using var response = await client.PatchJsonAsync(url, new { city = "Linz" }, "\"1\"");
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.PreconditionFailed);
        Assert.Equal("The record has changed.", problem.Str("title"));
        Assert.StartsWith($"The organisation {url.Split('/')[^1]} was changed since version 1, which If-Match names; it is now at version 2 (ETag \"2\").", problem.Str("detail"));
        Assert.Equal("\"2\"", problem.Str("currentETag"));
        Assert.Equal("\"2\"", response.Headers.ETag?.ToString());
        Assert.Equal("https://tools.ietf.org/html/rfc9110#section-15.5.13", problem.Str("type"));
    }

    [Theory]
    [InlineData("\"999\"")] // a version the record never reached
    [InlineData("\"01\"")] // not a tag the API issues
    [InlineData("\"abc\"")]
    [InlineData("W/\"2\"")] // weak: never matches, though it names the current version
    public async Task A_tag_the_record_never_had_is_a_412_that_does_not_say_changed(string ifMatch)
    {
        var url = await RecordAtVersion2Async();
        using var response = await client.PatchJsonAsync(url, new { city = "Linz" }, ifMatch);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.PreconditionFailed);
        Assert.Equal("If-Match does not match the record.", problem.Str("title"));
        Assert.DoesNotContain("changed", problem.Str("detail"));
        Assert.Contains("its ETag is \"2\"", problem.Str("detail"));
        Assert.Equal("\"2\"", problem.Str("currentETag"));
        Assert.Equal("https://tools.ietf.org/html/rfc9110#section-15.5.13", problem.Str("type"));
        Assert.Equal("Graz", (await client.GetObjectAsync(url)).Str("city"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*")]
    public async Task A_428_has_a_type_like_every_problem(string? ifMatch)
    {
        var url = await RecordAtVersion2Async();
        using var response = await client.DeleteAsync(url, ifMatch);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.PreconditionRequired);
        Assert.Equal("https://tools.ietf.org/html/rfc6585#section-3", problem.Str("type"));
    }

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
    }
}
