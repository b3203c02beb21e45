using System.Net;
using LetterTracker.Api.Tests.Features.Audit;
using LetterTracker.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Features.ApiKeys;

/// <summary>Key management leaves its trail (who created and revoked which key), and no copy of a secret anywhere.</summary>
public sealed class ApiKeyAuditTests
{
    [Fact]
    public async Task Creating_and_revoking_a_key_are_audited_without_its_secret()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var admin = app.CreateClient();
        var created = await admin.CreateAsync("/api/api-keys", new { name = "Berlin office laptop", role = "editor" });
        var id = created.Str("id");
        var secret = created.Str("secret");
        var prefix = created.Str("secretPrefix");
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        using (var revoke = await admin.DeleteAsync($"/api/api-keys/{id}", "\"1\""))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }

        var history = await admin.HistoryAsync("api-keys", id);

        Assert.Equal(2, history.Count);
        var working = $$"""{"name":"Berlin office laptop","role":"editor","secretPrefix":"{{prefix}}","revokedAt":null}""";
        Auditing.IsEntry(history[0], "update", "api-keys", id, working, working.Replace("\"revokedAt\":null", "\"revokedAt\":\"2025-05-01T09:05:00+00:00\"", StringComparison.Ordinal));
        Auditing.IsEntry(history[1], "create", "api-keys", id, null, working);
        Assert.All(history, entry => Assert.Equal("Bootstrap admin key (Auth:BootstrapAdminKey)", entry.Str("apiKeyName")));
        var database = await DatabaseSnapshot.TakeAsync(app.ConnectionString);
        Assert.DoesNotContain(secret, database);
        Assert.DoesNotContain(secret[prefix.Length..], database);
    }

    [Fact]
    public async Task Creating_a_key_refuses_an_Idempotency_Key_as_its_answer_may_not_be_stored()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var admin = app.CreateClient();

        using var response = await admin.PostJsonAsync("/api/api-keys", new { name = "Retried", role = "reader" }, idempotencyKey: "create-reader-1");

        var problem = await response.AssertInvalidAsync("Idempotency-Key");
        Assert.Contains("the answer holds the key's secret, which is stored nowhere", problem["errors"]!["Idempotency-Key"]![0]!.GetValue<string>());
        Assert.Equal(1, await app.WithDbAsync(db => db.ApiKeys.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.IdempotencyRecords.CountAsync()));
        var document = await admin.GetObjectAsync("/swagger/v1/swagger.json");
        var parameters = document["paths"]!["/api/api-keys"]!["post"]!["parameters"]?.AsArray() ?? [];
        Assert.DoesNotContain(parameters, p => p.Str("name") == "Idempotency-Key");
    }
}
