using System.Net;
using LetterTracker.Api.Tests.Features.Audit;
using LetterTracker.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Features.ApiKeys;

/// <summary>Key management leaves its trail (who created and revoked which key), and no copy of a secret anywhere.</summary>
public sealed class ApiKeyAuditTests : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("lettertracker-key-audit-");

    private string DatabaseFile => Path.Combine(directory.FullName, "keys.db");

    /// <summary>The app over this test's SQLite file, with this bootstrap key (or none).</summary>
    private LetterTrackerApp OnFile(string? bootstrapKey) => new(seed: false, new Dictionary<string, string?>
    {
        ["ConnectionStrings:LetterTracker"] = $"Data Source={DatabaseFile}",
        ["Auth:BootstrapAdminKey"] = bootstrapKey,
    });

    /// <summary>Asserts an entry's JSON holds neither the secret nor its hash (the stored form).</summary>
    private static void HoldsNoSecret(System.Text.Json.Nodes.JsonObject entry, string secret)
    {
        var json = entry.ToJsonString();
        Assert.DoesNotContain(secret, json);
        Assert.DoesNotContain(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret))), json);
    }

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
    public async Task A_key_made_by_the_create_key_command_is_audited_as_made_by_the_command_without_its_secret()
    {
        var (exitCode, output, errors) = await AppCommand.RunAsync(
            directory,
            new Dictionary<string, string> { ["ConnectionStrings__LetterTracker"] = $"Data Source={DatabaseFile}" },
            "create-key", "--role", "admin", "--name", "Ops laptop");
        Assert.True(exitCode == 0, errors);
        var secret = output.TrimEnd();

        // Read over HTTP with the key the command printed; no bootstrap key, so the trail holds the command's entry alone.
        using var app = OnFile(bootstrapKey: null);
        // The command wrote its entry by the real clock; the app's writes come after it.
        app.Clock.Now = DateTimeOffset.UtcNow.AddMinutes(1);
        using var admin = app.CreateClient(apiKey: secret);
        var key = Assert.Single(await admin.GetAllAsync("/api/api-keys"));
        var id = key.Str("id");
        var entry = Assert.Single(await admin.GetAllAsync("/api/audit"));
        Auditing.IsEntry(entry, "create", "api-keys", id, null,
            $$"""{"name":"Ops laptop","role":"admin","secretPrefix":"{{secret[..10]}}","revokedAt":null}""");
        Assert.Null(entry["apiKeyId"]);
        Assert.Equal("create-key command", entry.Str("apiKeyName"));
        HoldsNoSecret(entry, secret);

        // Its later history goes on under the same record, each change by the key that made it (here itself).
        var successor = await admin.CreateAsync("/api/api-keys", new { name = "Successor", role = "admin" });
        using (var revoke = await admin.DeleteAsync($"/api/api-keys/{id}", "\"1\""))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }

        using var next = app.CreateClient(apiKey: successor.Str("secret"));
        Assert.Equal(
            [("update", id, "Ops laptop"), ("create", null, "create-key command")],
            (await next.HistoryAsync("api-keys", id)).Select(e => (e.Str("action"), e.StrOrNull("apiKeyId"), e.Str("apiKeyName"))));
    }

    [Fact]
    public async Task The_bootstrap_key_is_audited_once_as_made_by_the_server_start_up_without_its_secret()
    {
        const string Chosen = "bootstrap-secret-chosen-by-ops-1";
        string id;
        using (var app = OnFile(Chosen))
        {
            app.Clock.Now = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
            using var admin = app.CreateClient(apiKey: Chosen);
            id = Assert.Single(await admin.GetAllAsync("/api/api-keys")).Str("id");
            var entry = Assert.Single(await admin.GetAllAsync("/api/audit"));
            Auditing.IsEntry(entry, "create", "api-keys", id, null,
                """{"name":"Bootstrap admin key (Auth:BootstrapAdminKey)","role":"admin","secretPrefix":"bootstra","revokedAt":null}""");
            Assert.Null(entry["apiKeyId"]);
            Assert.Equal("server start-up (Auth:BootstrapAdminKey)", entry.Str("apiKeyName"));
            Assert.Equal("2025-06-01T12:00:00+00:00", entry.Str("at")); // when the app started, by its clock
            HoldsNoSecret(entry, Chosen);
        }

        // A start that finds the key creates nothing, so records nothing.
        using (var app = OnFile(Chosen))
        {
            using var admin = app.CreateClient(apiKey: Chosen);
            Assert.Equal([id], (await admin.GetAllAsync("/api/audit")).Select(e => e.Str("recordId")));
        }
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

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        directory.Delete(recursive: true);
    }
}
