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
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        // Point the started app at a database file that does not exist and may not be created.
        var folder = Directory.CreateTempSubdirectory("lettertracker-health-");
        try
        {
            var configuration = app.Services.GetRequiredService<IConfiguration>();
            configuration["ConnectionStrings:LetterTracker"] = $"Data Source={Path.Combine(folder.FullName, "missing.db")};Mode=ReadOnly";

            using var ready = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
            using var live = await client.GetAsync("/health/live");
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
