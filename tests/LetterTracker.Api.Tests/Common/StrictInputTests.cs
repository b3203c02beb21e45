using System.Net;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Common;

/// <summary>Input the API refuses with a 400 (or the HTTP status the standard asks for) that names what to fix.</summary>
public sealed class StrictInputTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Theory]
    [InlineData("/api/letters/abc", "id")]
    [InlineData("/api/letters?limit=abc", "limit")]
    [InlineData("/api/letters?limit=99999999999", "limit")]
    [InlineData("/api/dispatches/01a201be-96aa-7475-9a3c-990f2ef5639a/events/xyz", "eventId")]
    public async Task Unreadable_parameters_are_400s_keyed_by_the_parameter_without_dotnet_names(string url, string field)
    {
        using var response = await client.GetAsync(url);
        var problem = await response.AssertInvalidAsync(field);
        Assert.DoesNotContain("Nullable", problem.ToJsonString());
        Assert.DoesNotContain("Guid", problem.ToJsonString());
    }

    [Fact]
    public async Task A_write_without_a_body_is_a_400_naming_the_body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/organisations") { Content = new StringContent("") };
        request.Content.Headers.ContentType = new("application/json");
        using var response = await client.SendAsync(request);
        await response.AssertInvalidAsync("body");
    }

    [Theory]
    [InlineData("{\"name\":\"a\\u0000b\",\"kind\":\"other\"}", "name")] // PostgreSQL cannot store NUL
    [InlineData("{\"name\":\"a\\u0007b\",\"kind\":\"other\"}", "name")]
    [InlineData("{\"name\":\"ok\",\"kind\":\"other\",\"aliases\":[\"a\\u001bb\"]}", "aliases[0]")]
    public async Task Control_characters_are_refused(string body, string field)
    {
        using var response = await client.PostJsonAsync("/api/organisations", body);
        await response.AssertInvalidAsync(field);
    }

    [Fact]
    public async Task Tabs_and_line_breaks_in_text_are_kept()
    {
        var created = await client.CreateAsync("/api/organisations", new { name = "Line\tbreak\r\ntest", kind = "other" });
        Assert.Equal("Line\tbreak\r\ntest", created.Str("name"));
    }

    [Fact]
    public async Task A_pattern_does_not_accept_a_trailing_line_break()
    {
        using var response = await client.PostJsonAsync("/api/sources", new { attribution = "x", language = "en\n", fullText = "x" });
        await response.AssertInvalidAsync("language");
    }

    [Fact]
    public async Task A_patch_naming_an_unknown_field_is_refused_even_with_null()
    {
        var created = await client.CreateAsync("/api/organisations", new { name = "Patch null test", kind = "other" });
        var url = $"/api/organisations/{created.Str("id")}";
        using var response = await client.PatchJsonAsync(url, """{"nmae":null}""", "\"1\"");
        await response.AssertInvalidAsync("nmae");
        Assert.Equal(created.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }

    [Theory]
    [InlineData("\"+1\"", HttpStatusCode.PreconditionFailed)] // tags are opaque: "+1" is not "1"
    [InlineData("\"01\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("\"abc\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("\"7\", \"1\"", HttpStatusCode.OK)] // a list matches when one tag does
    [InlineData("*", HttpStatusCode.PreconditionRequired)] // would overwrite whatever is there
    [InlineData("1", HttpStatusCode.BadRequest)] // not an entity tag: quotes missing
    public async Task If_Match_follows_RFC_9110(string ifMatch, HttpStatusCode expected)
    {
        var created = await client.CreateAsync("/api/organisations", new { name = $"If-Match {Guid.NewGuid():N}", kind = "other" });
        using var response = await client.PatchJsonAsync($"/api/organisations/{created.Str("id")}", new { city = "Vienna" }, ifMatch);
        Assert.Equal(expected, response.StatusCode);
    }
}
