using System.Net;
using LetterTracker.Api.Common.Access;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LetterTracker.Api.Tests.Access;

/// <summary>
/// What a key costs a request (issue 12): one indexed lookup, on the request's one connection, and no
/// connection setup per open. Counted from SQLite's side, never timed. Revoking still works at once.
/// </summary>
public sealed class ApiKeyConnectionTests
{
    [Fact]
    public async Task A_key_adds_one_statement_and_no_connection_open_to_a_letter_by_id()
    {
        using var app = new LetterTrackerApp();
        var counter = new SqlCounter();
        using var host = counter.Attach(app);
        var url = $"/api/letters/{await FirstLetterIdAsync(host)}";
        using var anonymous = Client(host, apiKey: null);
        using var keyed = Client(host, LetterTrackerApp.AdminKey);

        // Once each first: the physical connections get their pragmas, EF compiles the queries.
        await GetOkAsync(anonymous, url);
        await GetOkAsync(keyed, url);
        counter.Take();

        await GetOkAsync(anonymous, url);
        var withoutKey = counter.Take();
        await GetOkAsync(keyed, url);
        var withKey = counter.Take();

        // The connection the first request opened stays open, its statements prepared (SqliteKeptConnections).
        Assert.Equal(0, withoutKey.Opens);
        Assert.Equal(0, withKey.Opens);
        var extra = Assert.Single(withKey.Statements.Except(withoutKey.Statements));
        Assert.Contains("\"ApiKeys\"", extra);
        Assert.Contains("\"SecretHash\" = ", extra);
        Assert.Equal(withoutKey.Statements.Count + 1, withKey.Statements.Count);
        Assert.DoesNotContain(withKey.Statements, sql => sql.Contains("PRAGMA", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_connection_settings_hold_on_every_pooled_open()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await GetOkAsync(client, "/api/letters");
        }

        await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            Assert.Equal(5000L, await ScalarAsync(db, "PRAGMA busy_timeout"));
            Assert.Equal(1L, await ScalarAsync(db, "PRAGMA synchronous")); // NORMAL
            Assert.Equal(2L, await ScalarAsync(db, "PRAGMA temp_store")); // MEMORY: statement journals stay off the disk
        });
    }

    [Fact]
    public async Task A_key_revoked_between_two_requests_is_refused_on_the_second()
    {
        using var app = new LetterTrackerApp(seed: false);
        var key = await app.CreateApiKeyAsync(ApiKeyRole.Reader);
        using var client = app.CreateClient(apiKey: key.Secret);
        using var admin = app.CreateClient();
        await GetOkAsync(client, "/api/letters");

        using (var revoke = await admin.DeleteAsync($"/api/api-keys/{key.Id}", "\"1\""))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }

        using var refused = await client.GetAsync("/api/letters");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    private static async Task<Guid> FirstLetterIdAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LetterTrackerDbContext>().Letters.Select(l => l.Id).FirstAsync();
    }

    private static HttpClient Client(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host, string? apiKey)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Remove(ApiKeySecrets.Header);
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add(ApiKeySecrets.Header, apiKey);
        }

        return client;
    }

    private static async Task GetOkAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<object?> ScalarAsync(LetterTrackerDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
