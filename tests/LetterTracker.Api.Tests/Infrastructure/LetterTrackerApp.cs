using LetterTracker.Data;
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
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            this.settings[key] = value;
        }
    }

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
