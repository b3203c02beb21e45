using System.Net;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Tests.Features.ApiKeys;

/// <summary>401s: no key where one is needed, and a key that is malformed, unknown or revoked anywhere, reads included.</summary>
public sealed class ApiKeyRefusalTests
{
    private static async Task<string> AssertUnauthorizedAsync(HttpResponseMessage response)
    {
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("ApiKey", Assert.Single(response.Headers.WwwAuthenticate).ToString());
        return problem.Str("detail");
    }

    [Fact]
    public async Task A_write_without_a_key_is_401_saying_what_it_needs()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var anonymous = app.CreateClient(apiKey: null);

        using var response = await anonymous.PostJsonAsync("/api/organisations", "{ not even json");

        Assert.Equal(
            "POST /api/organisations needs an API key with the role editor or admin, sent in the X-Api-Key header.",
            await AssertUnauthorizedAsync(response));
        Assert.Empty(await app.CreateClient().GetAllAsync("/api/organisations"));
    }

    public static TheoryData<string, string> BadKeys => new()
    {
        { "not a key", "is malformed: send one X-Api-Key header of 1 to 256 visible ASCII characters, the secret as it was given." },
        { new string('k', 257), "is malformed: send one X-Api-Key header of 1 to 256 visible ASCII characters, the secret as it was given." },
        { "lt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "is not a key of this API." },
        { LetterTrackerApp.AdminKey + "x", "is not a key of this API." },
    };

    [Theory]
    [MemberData(nameof(BadKeys))]
    public async Task A_bad_key_is_401_even_where_no_key_is_needed(string key, string reason)
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient(apiKey: key);

        using (var read = await client.GetAsync("/api/letters"))
        {
            Assert.Equal(
                $"The X-Api-Key sent {reason} GET /api/letters needs no API key: send a valid one in the X-Api-Key header, or none.",
                await AssertUnauthorizedAsync(read));
        }

        using (var write = await client.PostJsonAsync("/api/organisations", new { name = "X", kind = "other" }))
        {
            Assert.Equal(
                $"The X-Api-Key sent {reason} POST /api/organisations needs an API key with the role editor or admin, sent in the X-Api-Key header.",
                await AssertUnauthorizedAsync(write));
        }
    }

    [Fact]
    public async Task Two_keys_in_one_request_are_refused_even_if_both_are_valid()
    {
        using var app = new LetterTrackerApp(seed: false);
        var (_, editor) = await app.CreateApiKeyAsync(ApiKeyRole.Editor);
        using var client = app.CreateClient(apiKey: null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/letters");
        request.Headers.TryAddWithoutValidation("X-Api-Key", [LetterTrackerApp.AdminKey, editor]);

        using var response = await client.SendAsync(request);

        Assert.StartsWith("The X-Api-Key sent is malformed", await AssertUnauthorizedAsync(response));
    }

    [Fact]
    public async Task A_revoked_key_is_401_on_reads_too()
    {
        using var app = new LetterTrackerApp(seed: false);
        var (id, secret) = await app.CreateApiKeyAsync(ApiKeyRole.Reader);
        using var reader = app.CreateClient(apiKey: secret);
        Assert.Empty(await reader.GetAllAsync("/api/letters"));

        using (var revoke = await app.CreateClient().DeleteAsync($"/api/api-keys/{id}", "\"1\""))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }

        using var response = await reader.GetAsync("/api/letters");
        Assert.StartsWith("The X-Api-Key sent was revoked at 2025-05-01T09:00:00+00:00. GET /api/letters needs no API key", await AssertUnauthorizedAsync(response));
    }

    [Fact]
    public async Task With_anonymous_reads_off_every_read_needs_a_key_while_health_and_Swagger_stay_open()
    {
        using var app = new LetterTrackerApp(seed: true, new Dictionary<string, string?> { ["Auth:AnonymousRead"] = "false" });
        using var anonymous = app.CreateClient(apiKey: null);

        foreach (var url in new[] { "/api/letters", "/api/recipients?limit=5", "/api/search?q=Agdam", $"/api/letters/{Guid.NewGuid()}" })
        {
            using var response = await anonymous.GetAsync(url);
            Assert.Equal(
                $"GET {url.Split('?')[0]} needs an API key (any role: reader, editor or admin), sent in the X-Api-Key header.",
                await AssertUnauthorizedAsync(response));
        }

        using var reader = await app.CreateClientAsync(ApiKeyRole.Reader);
        Assert.Single(await reader.GetAllAsync("/api/letters"));
        Assert.Equal(16, (await reader.GetAllAsync("/api/recipients")).Count);

        foreach (var url in new[] { "/health/live", "/health/ready", "/swagger/v1/swagger.json", "/swagger/index.html" })
        {
            using var response = await anonymous.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task With_anonymous_reads_on_a_read_without_a_key_passes()
    {
        using var app = new LetterTrackerApp(seed: true);
        using var anonymous = app.CreateClient(apiKey: null);

        Assert.Single(await anonymous.GetAllAsync("/api/letters"));
    }
}
