using System.Net;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Integrity;

/// <summary>Two editors never silently overwrite each other, even when their requests race.</summary>
public sealed class ConcurrentEditTests : IDisposable
{
    // A real database file, as in production (WAL, one writer at a time), not the in-memory one.
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("lettertracker-race-");
    private readonly LetterTrackerApp app;

    public ConcurrentEditTests() => app = new LetterTrackerApp(seed: false, settings: new Dictionary<string, string?>
    {
        ["ConnectionStrings:LetterTracker"] = $"Data Source={Path.Combine(folder.FullName, "race.db")}",
    });

    [Fact]
    public async Task Of_many_concurrent_updates_made_against_the_same_ETag_exactly_one_succeeds()
    {
        using var client = app.CreateClient();
        var created = await client.CreateAsync("/api/organisations", new { name = "Raced organisation", kind = "other" });
        var url = $"/api/organisations/{created.Str("id")}";

        const int editors = 24;
        using var start = new SemaphoreSlim(0);
        var edits = Enumerable.Range(0, editors).Select(async i =>
        {
            await start.WaitAsync();
            using var response = i % 2 == 0
                ? await client.PutJsonAsync(url, new { name = $"Editor {i}", kind = "other" }, "\"1\"")
                : await client.PatchJsonAsync(url, new { name = $"Editor {i}" }, "\"1\"");
            return (Editor: i, response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }).ToList();
        start.Release(editors);
        var results = await Task.WhenAll(edits);

        var winners = results.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
        var winner = Assert.Single(winners);
        Assert.All(results.Except(winners), r => Assert.True(r.StatusCode == HttpStatusCode.PreconditionFailed, $"{r.StatusCode}: {r.Body}"));

        var final = await client.GetObjectAsync(url);
        Assert.Equal($"Editor {winner.Editor}", final.Str("name"));
        Assert.Equal(2, final["version"]!.GetValue<long>());
    }

    public void Dispose()
    {
        app.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }
}
