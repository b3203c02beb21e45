using System.Net;
using System.Security.Cryptography;
using System.Text;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Features.ApiKeys;

/// <summary>Auth:BootstrapAdminKey across restarts of the app on one SQLite file.</summary>
public sealed class BootstrapAdminKeyTests : IDisposable
{
    private const string Chosen = "bootstrap-secret-chosen-by-ops-1";

    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("lettertracker-bootstrap-");

    private LetterTrackerApp Start(string? bootstrapKey) => new(seed: false, new Dictionary<string, string?>
    {
        ["ConnectionStrings:LetterTracker"] = $"Data Source={Path.Combine(directory.FullName, "keys.db")}",
        ["Auth:BootstrapAdminKey"] = bootstrapKey,
    });

    private static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public async Task The_secret_configured_becomes_one_admin_key_and_a_revoked_one_stays_revoked_across_restarts()
    {
        using (var app = Start(Chosen))
        {
            using var admin = app.CreateClient(apiKey: Chosen);
            var key = Assert.Single(await admin.GetAllAsync("/api/api-keys"));
            Assert.Equal("Bootstrap admin key (Auth:BootstrapAdminKey)", key.Str("name"));
            Assert.Equal("admin", key.Str("role"));
            Assert.Equal("bootstra", key.Str("secretPrefix")); // a quarter of 32 characters
            Assert.Equal(Sha256Hex(Chosen), await app.WithDbAsync(db => db.ApiKeys.Select(k => k.SecretHash).SingleAsync()));
        }

        using (var app = Start(Chosen))
        {
            using var admin = app.CreateClient(apiKey: Chosen);
            var key = Assert.Single(await admin.GetAllAsync("/api/api-keys"));
            await app.CreateApiKeyAsync(ApiKeyRole.Admin, "Successor");
            using var revoke = await admin.DeleteAsync($"/api/api-keys/{key.Str("id")}", "\"1\"");
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }

        using (var app = Start(Chosen))
        {
            using var admin = app.CreateClient(apiKey: Chosen);
            using var refused = await admin.GetAsync("/api/api-keys");
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            var rows = await app.WithDbAsync(db => db.ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync());
            Assert.Equal(["Bootstrap admin key (Auth:BootstrapAdminKey)", "Successor"], rows.Select(k => k.Name));
            Assert.NotNull(rows[0].RevokedAt);
        }

        const string Replacement = "a-new-bootstrap-secret-after-the-revoke";
        using (var app = Start(Replacement))
        {
            using var admin = app.CreateClient(apiKey: Replacement);
            Assert.Equal(3, (await admin.GetAllAsync("/api/api-keys")).Count);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Without_one_there_is_no_key_and_writes_are_refused(string? bootstrapKey)
    {
        using var app = Start(bootstrapKey);
        using var client = app.CreateClient();

        using var response = await client.PostJsonAsync("/api/organisations", new { name = "X", kind = "other" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.ApiKeys.CountAsync()));
    }

    [Theory]
    [InlineData("tooShort-123")]
    [InlineData("sixteen or more but with spaces")]
    public void One_that_is_too_short_or_not_plain_ASCII_stops_the_start_without_being_shown(string bootstrapKey)
    {
        using var app = Start(bootstrapKey);

        var failure = Record.Exception(() => app.CreateClient());

        Assert.NotNull(failure);
        Assert.Contains("Auth:BootstrapAdminKey must be 16 to 256 visible ASCII characters", failure.ToString());
        Assert.DoesNotContain(bootstrapKey, failure.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        directory.Delete(recursive: true);
    }
}
