using System.Net;
using System.Security.Cryptography;
using System.Text;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Features.ApiKeys;

public sealed class ApiKeyLifecycleTests
{
    private static readonly object Organisation = new { name = "Bremen Azerbaijani Culture House", aliases = Array.Empty<string>(), kind = "diasporaOrganisation" };

    private static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public async Task A_key_shows_its_secret_once_works_at_once_and_stops_the_moment_it_is_revoked()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var admin = app.CreateClient();

        using var response = await admin.PostJsonAsync("/api/api-keys", new { name = "Berlin office laptop", role = "editor" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadObjectAsync();
        var id = created.Str("id");
        var secret = created.Str("secret");
        Assert.Matches("^lt_[A-Za-z0-9_-]{43}$", secret);
        Assert.Equal(["createdAt", "id", "name", "revokedAt", "role", "secret", "secretPrefix", "updatedAt", "version"], created.Select(p => p.Key).Order());
        Assert.Equal("Berlin office laptop", created.Str("name"));
        Assert.Equal("editor", created.Str("role"));
        Assert.Equal(secret[..10], created.Str("secretPrefix"));
        Assert.Null(created["revokedAt"]);
        Assert.Equal("2025-05-01T09:00:00+00:00", created.Str("createdAt"));
        Assert.Equal($"/api/api-keys/{id}", response.Headers.Location?.ToString());
        Assert.Equal("\"1\"", response.Headers.ETag?.ToString());
        Assert.True(response.Headers.CacheControl?.NoStore);

        // The secret works at once, with its role: an editor writes.
        using var editor = app.CreateClient(apiKey: secret);
        await editor.CreateAsync("/api/organisations", Organisation);

        // Neither the list nor the record shows the secret or its hash.
        var list = await admin.GetStringAsync("/api/api-keys");
        var one = await admin.GetStringAsync($"/api/api-keys/{id}");
        foreach (var text in new[] { list, one })
        {
            Assert.DoesNotContain(secret, text);
            Assert.DoesNotContain(secret[10..], text);
            Assert.DoesNotContain(Sha256Hex(secret), text, StringComparison.OrdinalIgnoreCase);
        }

        var items = await admin.GetAllAsync("/api/api-keys");
        Assert.Equal(["Bootstrap admin key (Auth:BootstrapAdminKey)", "Berlin office laptop"], items.Select(k => k.Str("name")));
        Assert.Equal(["admin", "editor"], items.Select(k => k.Str("role")));
        Assert.Equal(["createdAt", "id", "name", "revokedAt", "role", "secretPrefix", "updatedAt", "version"], items[1].Select(p => p.Key).Order());
        Assert.Equal(LetterTrackerApp.AdminKey[..10], items[0].Str("secretPrefix"));

        // Revoked two hours later: the very next request with it is refused.
        app.Clock.Advance(TimeSpan.FromHours(2));
        using (var revoke = await admin.DeleteAsync($"/api/api-keys/{id}", "\"1\""))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }

        using (var refused = await editor.PostJsonAsync("/api/organisations", Organisation))
        {
            var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Unauthorized);
            Assert.Equal("ApiKey", refused.Headers.WwwAuthenticate.Single().ToString());
            Assert.StartsWith("The X-Api-Key sent was revoked at 2025-05-01T11:00:00+00:00.", problem.Str("detail"));
        }

        using (var refusedRead = await editor.GetAsync("/api/organisations"))
        {
            await ProblemAssert.IsProblemAsync(refusedRead, HttpStatusCode.Unauthorized);
        }

        // The record stays, for the audit trail; revoking again changes nothing, even with the old ETag.
        var revoked = await admin.GetObjectAsync($"/api/api-keys/{id}");
        Assert.Equal("2025-05-01T11:00:00+00:00", revoked.Str("revokedAt"));
        Assert.Equal(2, revoked["version"]!.GetValue<long>());
        app.Clock.Advance(TimeSpan.FromHours(1));
        using (var again = await admin.DeleteAsync($"/api/api-keys/{id}", "\"1\""))
        {
            Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        }

        var unchanged = await admin.GetObjectAsync($"/api/api-keys/{id}");
        Assert.Equal("2025-05-01T11:00:00+00:00", unchanged.Str("revokedAt"));
        Assert.Equal(2, unchanged["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task Only_the_secrets_SHA_256_is_stored()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var admin = app.CreateClient();

        var created = await admin.CreateAsync("/api/api-keys", new { name = "Ops laptop", role = "admin" });
        var secret = created.Str("secret");

        var row = await app.WithDbAsync(db => db.ApiKeys.AsNoTracking().SingleAsync(k => k.Name == "Ops laptop"));
        Assert.Equal(Sha256Hex(secret), row.SecretHash);
        Assert.Equal(secret[..10], row.SecretPrefix);
        Assert.Equal(ApiKeyRole.Admin, row.Role);
        var database = await DatabaseSnapshot.TakeAsync(app.ConnectionString);
        Assert.Contains(Sha256Hex(secret), database);
        Assert.DoesNotContain(secret, database);
        Assert.DoesNotContain(secret[10..], database);
        Assert.DoesNotContain(LetterTrackerApp.AdminKey, database);
    }

    [Theory]
    [InlineData("""{ "name": " ", "role": "reader" }""", "name")]
    [InlineData("""{ "name": "Ops" }""", "role")]
    [InlineData("""{ "name": "Ops", "role": "owner" }""", "role")]
    [InlineData("""{ "name": "Ops", "role": 2 }""", "role")]
    [InlineData("""{ "name": "Ops", "role": "admin", "secret": "lt_mine" }""", "secret")]
    public async Task A_key_needs_a_name_and_a_known_role(string body, string field)
    {
        using var app = new LetterTrackerApp(seed: false);
        using var admin = app.CreateClient();

        using var response = await admin.PostJsonAsync("/api/api-keys", body);

        await response.AssertInvalidAsync(field);
        Assert.Equal(1, await app.WithDbAsync(db => db.ApiKeys.CountAsync()));
    }

    [Fact]
    public async Task Revoking_needs_the_current_ETag_and_an_existing_key()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var admin = app.CreateClient();
        var (id, _) = await app.CreateApiKeyAsync(ApiKeyRole.Reader);

        using (var response = await admin.DeleteAsync($"/api/api-keys/{id}", ifMatch: null))
        {
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.PreconditionRequired);
        }

        using (var response = await admin.DeleteAsync($"/api/api-keys/{id}", "\"7\""))
        {
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.PreconditionFailed);
            Assert.Equal("\"1\"", response.Headers.ETag?.ToString());
        }

        var unknown = Guid.NewGuid();
        using (var response = await admin.DeleteAsync($"/api/api-keys/{unknown}", "\"1\""))
        {
            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
            Assert.Equal($"There is no API key with id {unknown}.", problem.Str("detail"));
        }

        Assert.Null(await app.WithDbAsync(db => db.ApiKeys.Where(k => k.Id == id).Select(k => k.RevokedAt).SingleAsync()));
    }

    [Fact]
    public async Task The_last_admin_key_that_works_cannot_be_revoked_until_there_is_another()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var bootstrap = app.CreateClient();
        var bootstrapId = (await bootstrap.GetAllAsync("/api/api-keys")).Single().Str("id");

        using (var response = await bootstrap.DeleteAsync($"/api/api-keys/{bootstrapId}", "\"1\""))
        {
            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
            Assert.Contains("last admin key that works", problem.Str("detail"));
        }

        // An editor key does not count; a revoked admin key does not either.
        await app.CreateApiKeyAsync(ApiKeyRole.Editor);
        var (revokedAdmin, _) = await app.CreateApiKeyAsync(ApiKeyRole.Admin);
        using (var response = await bootstrap.DeleteAsync($"/api/api-keys/{revokedAdmin}", "\"1\""))
        {
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        using (var response = await bootstrap.DeleteAsync($"/api/api-keys/{bootstrapId}", "\"1\""))
        {
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        }

        var successor = (await bootstrap.CreateAsync("/api/api-keys", new { name = "Successor", role = "admin" })).Str("secret");
        using (var response = await bootstrap.DeleteAsync($"/api/api-keys/{bootstrapId}", "\"1\""))
        {
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        using var next = app.CreateClient(apiKey: successor);
        Assert.Equal(4, (await next.GetAllAsync("/api/api-keys")).Count);
        using var refused = await bootstrap.GetAsync("/api/api-keys");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
