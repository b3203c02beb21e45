using System.Net;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Integrity;

/// <summary>Events racing on one dispatch are each checked against the status the other left, never both against the old one.</summary>
public sealed class ConcurrentEventTests : IDisposable
{
    // A real database file, as in production (WAL, one writer at a time), not the in-memory one.
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("lettertracker-events-");
    private readonly LetterTrackerApp app;

    public ConcurrentEventTests() => app = new LetterTrackerApp(seed: false, settings: new Dictionary<string, string?>
    {
        ["ConnectionStrings:LetterTracker"] = $"Data Source={Path.Combine(folder.FullName, "events.db")}",
    });

    [Fact]
    public async Task Of_two_racing_outcomes_exactly_one_is_recorded_and_the_other_is_409()
    {
        using var client = app.CreateClient();
        for (var round = 0; round < 8; round++)
        {
            var url = await SentDispatchAsync(client, round);
            using var start = new SemaphoreSlim(0);
            var outcomes = new[] { "responded", "declined" }.Select(async type =>
            {
                await start.WaitAsync();
                using var response = await client.PostJsonAsync($"{url}/events", new { type, at = "2025-04-20T10:00:00+00:00" });
                return (Type: type, response.StatusCode, Body: await response.Content.ReadAsStringAsync());
            }).ToList();
            start.Release(2);
            var results = await Task.WhenAll(outcomes);

            var winner = Assert.Single(results, r => r.StatusCode == HttpStatusCode.Created);
            var loser = Assert.Single(results, r => r.StatusCode != HttpStatusCode.Created);
            Assert.True(loser.StatusCode == HttpStatusCode.Conflict, $"{loser.StatusCode}: {loser.Body}");
            Assert.Contains($"\"currentStatus\":\"{winner.Type}\"", loser.Body, StringComparison.Ordinal);
            var dispatch = await client.GetObjectAsync(url);
            Assert.Equal(winner.Type, dispatch.Str("status"));
            Assert.Equal(2, dispatch["eventCount"]!.GetValue<int>()); // sent and the winner
        }
    }

    [Fact]
    public async Task Concurrent_notes_are_all_kept()
    {
        using var client = app.CreateClient();
        var url = await SentDispatchAsync(client, 0);
        const int writers = 12;
        using var start = new SemaphoreSlim(0);
        var notes = Enumerable.Range(0, writers).Select(async i =>
        {
            await start.WaitAsync();
            using var response = await client.PostJsonAsync($"{url}/events", new { type = "note", at = "2025-04-20T10:00:00+00:00", note = $"Note {i}" });
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }).ToList();
        start.Release(writers);
        var results = await Task.WhenAll(notes);

        Assert.All(results, r => Assert.True(r.StatusCode == HttpStatusCode.Created, $"{r.StatusCode}: {r.Body}"));
        var dispatch = await client.GetObjectAsync(url);
        Assert.Equal(writers + 1, dispatch["eventCount"]!.GetValue<int>());
        Assert.Equal(writers + 2, dispatch["version"]!.GetValue<long>()); // created, sent, then one per note
    }

    private static async Task<string> SentDispatchAsync(HttpClient client, int round)
    {
        var recipient = await client.CreateAsync("/api/recipients", new { name = $"Raced body {round} {Guid.NewGuid():N}", kind = "ngo" });
        var letter = await client.CreateAsync("/api/letters", new
        {
            subject = $"Raced letter {round}",
            language = "en",
            status = "draft",
            recipientIds = new[] { recipient.Str("id") },
        });
        // The draft letter is sent with its dispatch's sent event.
        var url = $"/api/dispatches/{letter["dispatches"]!.AsArray().Single()!.Str("id")}";
        using var sent = await client.PostJsonAsync($"{url}/events", new { type = "sent", at = "2025-04-10T10:00:00+00:00" });
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        return url;
    }

    public void Dispose()
    {
        app.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }
}
