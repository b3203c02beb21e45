using System.Net;
using LetterTracker.Api.Tests.Database;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Features.ApiKeys;

/// <summary>Keys over PostgreSQL: the bootstrap key, a key's life from creation to revocation, and its record afterwards.</summary>
public sealed class ApiKeyPostgresTests
{
    [PostgresFact]
    public async Task A_key_is_created_used_and_revoked_over_postgres_and_a_restart_adds_no_second_bootstrap_key()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:LetterTracker"] = database.ConnectionString,
        };

        await using (var app = new LetterTrackerApp(seed: false, settings))
        {
            using var admin = app.CreateClient();
            var created = await admin.CreateAsync("/api/api-keys", new { name = "Berlin office laptop", role = "editor" });
            using var editor = app.CreateClient(apiKey: created.Str("secret"));
            await editor.CreateAsync("/api/organisations", new { name = "Bremen Azerbaijani Culture House", aliases = Array.Empty<string>(), kind = "diasporaOrganisation" });

            app.Clock.Advance(TimeSpan.FromMinutes(30));
            using (var revoke = await admin.DeleteAsync($"/api/api-keys/{created.Str("id")}", "\"1\""))
            {
                Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
            }

            using var refused = await editor.GetAsync("/api/organisations");
            var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Unauthorized);
            Assert.StartsWith("The X-Api-Key sent was revoked at 2025-05-01T09:30:00+00:00.", problem.Str("detail"));
        }

        await using (var restarted = new LetterTrackerApp(seed: false, settings))
        {
            using var admin = restarted.CreateClient();
            var keys = await admin.GetAllAsync("/api/api-keys");
            Assert.Equal(["Bootstrap admin key (Auth:BootstrapAdminKey)", "Berlin office laptop"], keys.Select(k => k.Str("name")));
            Assert.Equal([null, "2025-05-01T09:30:00+00:00"], keys.Select(k => k.StrOrNull("revokedAt")));

            using var last = await admin.DeleteAsync($"/api/api-keys/{keys[0].Str("id")}", "\"1\"");
            await ProblemAssert.IsProblemAsync(last, HttpStatusCode.Conflict);
        }
    }
}
