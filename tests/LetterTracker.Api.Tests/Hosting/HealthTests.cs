using System.Net;
using LetterTracker.Api.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LetterTracker.Api.Tests.Hosting;

public sealed class HealthTests
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string path)
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_fails_when_the_database_cannot_be_reached_while_live_still_answers()
    {
        var folder = Directory.CreateTempSubdirectory("lettertracker-health-");
        try
        {
            // Without connection pooling each check opens the file anew; SQLite creates a missing file,
            // but not a missing folder.
            using (var app = new LetterTrackerApp(seed: false, settings: new Dictionary<string, string?>
            {
                ["ConnectionStrings:LetterTracker"] = $"Data Source={Path.Combine(folder.FullName, "health.db")};Pooling=False",
            }))
            {
                using var client = app.CreateClient();
                using (var before = await client.GetAsync("/health/ready"))
                {
                    Assert.Equal(HttpStatusCode.OK, before.StatusCode);
                }

                folder.Delete(recursive: true); // the database, its WAL and its folder: gone

                using var ready = await client.GetAsync("/health/ready");
                Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
                Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
                using var live = await client.GetAsync("/health/live");
                Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            }
        }
        finally
        {
            folder.Refresh();
            if (folder.Exists)
            {
                folder.Delete(recursive: true);
            }
        }
    }
}
