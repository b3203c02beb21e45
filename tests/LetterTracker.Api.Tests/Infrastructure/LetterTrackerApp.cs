using LetterTracker.Api.Common.Access;
using LetterTracker.Api.Features.ApiKeys;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LetterTracker.Api.Tests.Infrastructure;

/// <summary>
/// The API on the in-memory test host, over its own private in-memory SQLite database: nothing is
/// shared between two apps, so each test (or test class) owns its data. The database goes through
/// the real startup path: migrations, then the seed unless turned off.
/// </summary>
public sealed class LetterTrackerApp : WebApplicationFactory<Program>
{
    private readonly SqliteConnection keepAlive;
    private readonly Dictionary<string, string?> settings;

    public LetterTrackerApp(bool seed = true, IDictionary<string, string?>? settings = null)
    {
        ConnectionString = $"Data Source=file:lettertracker-{Guid.NewGuid():N}?mode=memory&cache=shared";
        // A shared in-memory database lives as long as one connection to it stays open.
        keepAlive = new SqliteConnection(ConnectionString);
        keepAlive.Open();
        this.settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:LetterTracker"] = ConnectionString,
            ["Database:Provider"] = "Sqlite",
            ["Database:SeedOnStartup"] = seed ? "true" : "false",
            // Tests send requests far faster than any client; the rate limit tests turn it on.
            ["RateLimiting:Enabled"] = "false",
            ["Auth:BootstrapAdminKey"] = AdminKey,
            // No background sender (and its overdue scan) writing at moments of its own; the webhook tests turn it on.
            ["Webhooks:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            this.settings[key] = value;
        }
    }

    /// <summary>The secret of the admin key every app has (Auth:BootstrapAdminKey), which its clients send unless told otherwise.</summary>
    public const string AdminKey = "lt_test-bootstrap-admin-key-do-not-use-elsewhere";

    public string ConnectionString { get; }

    public TestClock Clock { get; } = new(new DateTimeOffset(2025, 5, 1, 9, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>Clients send the bootstrap admin key, so tests that are not about access need no key handling.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        if (settings.GetValueOrDefault("Auth:BootstrapAdminKey") is { Length: > 0 } key)
        {
            client.DefaultRequestHeaders.Add(ApiKeySecrets.Header, key);
        }
    }

    /// <summary>A client that sends this key's secret as X-Api-Key, or no key at all (apiKey: null).</summary>
    public HttpClient CreateClient(string? apiKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Remove(ApiKeySecrets.Header);
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation(ApiKeySecrets.Header, apiKey);
        }

        return client;
    }

    /// <summary>A client with a new key of this role.</summary>
    public async Task<HttpClient> CreateClientAsync(ApiKeyRole role) => CreateClient(apiKey: (await CreateApiKeyAsync(role)).Secret);

    /// <summary>A new key of this role, written to the database directly (so it leaves no trace in the API's own records); its id and secret.</summary>
    public async Task<(Guid Id, string Secret)> CreateApiKeyAsync(ApiKeyRole role, string? name = null)
    {
        var secret = ApiKeySecrets.Generate();
        var key = KeyIssuing.NewKey(name ?? $"Test {role} key", role, secret);
        await WithDbAsync(db =>
        {
            db.ApiKeys.Add(key);
            return db.SaveChangesAsync();
        });
        return (key.Id, secret);
    }

    /// <summary>Writes the bootstrap admin key again, for a test that migrated the database down past the keys table and up.</summary>
    public Task RestoreAdminKeyAsync() => WithDbAsync(db =>
    {
        db.ApiKeys.Add(KeyIssuing.NewKey(BootstrapAdminKey.Name, ApiKeyRole.Admin, AdminKey));
        return db.SaveChangesAsync();
    });

    /// <summary>Runs work against the app's database directly: to arrange data or to inspect it.</summary>
    public async Task<T> WithDbAsync<T>(Func<LetterTrackerDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<LetterTrackerDbContext>());
    }

    public Task WithDbAsync(Func<LetterTrackerDbContext, Task> work) =>
        WithDbAsync(async db => { await work(db); return true; });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            keepAlive.Dispose();
        }
    }
}
