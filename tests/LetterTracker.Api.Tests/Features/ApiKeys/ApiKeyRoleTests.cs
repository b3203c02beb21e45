using System.Net;
using System.Security.Claims;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LetterTracker.Api.Tests.Features.ApiKeys;

public sealed class ApiKeyRoleTests
{
    private static readonly object Organisation = new { name = "Bremen Azerbaijani Culture House", aliases = Array.Empty<string>(), kind = "diasporaOrganisation" };

    [Fact]
    public async Task A_reader_reads_but_cannot_write()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var admin = app.CreateClient();
        var organisation = await admin.CreateAsync("/api/organisations", Organisation);
        var url = $"/api/organisations/{organisation.Str("id")}";
        using var reader = await app.CreateClientAsync(ApiKeyRole.Reader);

        Assert.Single(await reader.GetAllAsync("/api/organisations"));
        Assert.Equal("\"1\"", await reader.ETagOfAsync(url));

        using (var response = await reader.PostJsonAsync("/api/organisations", Organisation))
        {
            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
            Assert.Equal(
                "POST /api/organisations needs an API key with the role editor or admin, sent in the X-Api-Key header. The key 'Test Reader key' has the role reader.",
                problem.Str("detail"));
            Assert.Equal("editor", problem.Str("requiredRole"));
            Assert.Empty(response.Headers.WwwAuthenticate);
        }

        using (var response = await reader.PutJsonAsync(url, Organisation, "\"1\""))
        {
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        }

        using (var response = await reader.PatchJsonAsync(url, new { city = "Bremen" }, "\"1\""))
        {
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        }

        using (var response = await reader.DeleteAsync(url, "\"1\""))
        {
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        }

        var unchanged = await admin.GetObjectAsync(url);
        Assert.Null(unchanged["city"]);
        Assert.Equal(1, unchanged["version"]!.GetValue<long>());
        Assert.Single(await admin.GetAllAsync("/api/organisations"));
    }

    [Fact]
    public async Task An_editor_writes_but_cannot_manage_keys()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var editor = await app.CreateClientAsync(ApiKeyRole.Editor);
        var (readerKey, _) = await app.CreateApiKeyAsync(ApiKeyRole.Reader);

        var organisation = await editor.CreateAsync("/api/organisations", Organisation);
        using (var response = await editor.PatchJsonAsync($"/api/organisations/{organisation.Str("id")}", new { city = "Bremen" }, "\"1\""))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        foreach (var attempt in new Func<Task<HttpResponseMessage>>[]
        {
            () => editor.GetAsync("/api/api-keys"),
            () => editor.GetAsync($"/api/api-keys/{readerKey}"),
            () => editor.PostJsonAsync("/api/api-keys", new { name = "Escalation", role = "admin" }),
            () => editor.DeleteAsync($"/api/api-keys/{readerKey}", "\"1\""),
        })
        {
            using var response = await attempt();
            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
            Assert.Equal("admin", problem.Str("requiredRole"));
            Assert.EndsWith("needs an API key with the role admin, sent in the X-Api-Key header. The key 'Test Editor key' has the role editor.", problem.Str("detail"));
        }

        using var admin = app.CreateClient();
        var keys = await admin.GetAllAsync("/api/api-keys");
        Assert.Equal(3, keys.Count);
        Assert.All(keys, k => Assert.Null(k["revokedAt"]));
    }

    [Fact]
    public async Task An_admin_key_made_through_the_API_manages_keys_and_writes()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var bootstrap = app.CreateClient();
        var secret = (await bootstrap.CreateAsync("/api/api-keys", new { name = "Second admin", role = "admin" })).Str("secret");
        using var admin = app.CreateClient(apiKey: secret);

        var reader = await admin.CreateAsync("/api/api-keys", new { name = "Reader made by an admin", role = "reader" });
        using (var response = await admin.DeleteAsync($"/api/api-keys/{reader.Str("id")}", "\"1\""))
        {
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        await admin.CreateAsync("/api/organisations", Organisation);
        Assert.Equal(3, (await admin.GetAllAsync("/api/api-keys")).Count);
    }

    [Theory]
    [InlineData(ApiKeyRole.Reader, "reader")]
    [InlineData(ApiKeyRole.Editor, "editor")]
    [InlineData(ApiKeyRole.Admin, "admin")]
    public async Task A_key_authenticates_as_the_claims_every_feature_reads(ApiKeyRole role, string roleClaim)
    {
        using var app = new LetterTrackerApp(seed: false);
        var (id, secret) = await app.CreateApiKeyAsync(role, "Claims check");
        await using var scope = app.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.SetEndpoint(new Endpoint(null, new EndpointMetadataCollection(new AuthorizeAttribute("reader")), "An endpoint with an access rule"));
        http.Request.Headers["X-Api-Key"] = secret;

        var result = await http.AuthenticateAsync();

        Assert.True(result.Succeeded, result.Failure?.Message);
        var user = result.Principal!;
        Assert.True(user.Identity!.IsAuthenticated);
        Assert.Equal("ApiKey", user.Identity.AuthenticationType);
        Assert.Equal(
            [(ClaimTypes.NameIdentifier, id.ToString()), (ClaimTypes.Name, "Claims check"), (ClaimTypes.Role, roleClaim)],
            user.Claims.Select(c => (c.Type, c.Value)));
        Assert.Equal("Claims check", user.Identity.Name);
        Assert.True(user.IsInRole(roleClaim));
    }

    [Fact]
    public async Task Without_a_key_the_caller_is_anonymous()
    {
        using var app = new LetterTrackerApp(seed: false);
        await using var scope = app.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };

        var result = await http.AuthenticateAsync();

        Assert.True(result.None);
        Assert.False(http.User.Identity?.IsAuthenticated);
    }
}
