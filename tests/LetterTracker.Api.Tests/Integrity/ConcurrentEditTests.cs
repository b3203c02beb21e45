using System.Net;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Integrity;

/// <summary>Two editors never silently overwrite each other, even when their requests race.</summary>
public sealed class ConcurrentEditTests : IDisposable
{
    // A real database file, as in production (WAL, one writer at a time), not the in-memory one.
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("lettertracker-race-");
    private readonly LetterTrackerApp app;

    // A second instance on the same file, as when several servers share a database: requests to
    // different instances are not queued behind one another (see WriteGate), so their races are settled
    // by the database's version checks and constraints alone.
    private readonly LetterTrackerApp otherInstance;

    public ConcurrentEditTests()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:LetterTracker"] = $"Data Source={Path.Combine(folder.FullName, "race.db")}",
        };
        app = new LetterTrackerApp(seed: false, settings: settings);
        otherInstance = new LetterTrackerApp(seed: false, settings: settings);
        app.CreateClient().Dispose(); // migrates the file before the other instance starts
    }

    [Fact]
    public async Task Of_many_concurrent_updates_made_against_the_same_ETag_exactly_one_succeeds()
    {
        using var client = app.CreateClient();
        using var other = otherInstance.CreateClient();
        var created = await client.CreateAsync("/api/organisations", new { name = "Raced organisation", kind = "other" });
        var url = $"/api/organisations/{created.Str("id")}";

        const int editors = 24;
        using var start = new SemaphoreSlim(0);
        var edits = Enumerable.Range(0, editors).Select(async i =>
        {
            await start.WaitAsync();
            var sender = i % 4 < 2 ? client : other;
            using var response = i % 2 == 0
                ? await sender.PutJsonAsync(url, new { name = $"Editor {i}", kind = "other" }, "\"1\"")
                : await sender.PatchJsonAsync(url, new { name = $"Editor {i}" }, "\"1\"");
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

    [Fact]
    public async Task Two_racing_moves_never_make_recipients_each_others_parent()
    {
        using var client = app.CreateClient();
        using var other = otherInstance.CreateClient();
        for (var round = 0; round < 8; round++)
        {
            var a = await client.CreateAsync("/api/recipients", new { name = $"Race A {round}", kind = "ngo" });
            var b = await client.CreateAsync("/api/recipients", new { name = $"Race B {round}", kind = "ngo" });
            var moves = await Task.WhenAll(
                client.PatchJsonAsync($"/api/recipients/{a.Str("id")}", new { parentId = b.Str("id") }, "\"1\""),
                other.PatchJsonAsync($"/api/recipients/{b.Str("id")}", new { parentId = a.Str("id") }, "\"1\""));

            Assert.All(moves, m => Assert.True((int)m.StatusCode is 200 or 400 or 409 or 412, $"{m.StatusCode}"));
            Assert.True(moves.Count(m => m.IsSuccessStatusCode) <= 1, "both moves succeeded: a cycle");
            var parentOfA = (await client.GetObjectAsync($"/api/recipients/{a.Str("id")}")).StrOrNull("parentId");
            var parentOfB = (await client.GetObjectAsync($"/api/recipients/{b.Str("id")}")).StrOrNull("parentId");
            Assert.False(parentOfA == b.Str("id") && parentOfB == a.Str("id"), "A and B are each other's parent");
            foreach (var move in moves)
            {
                move.Dispose();
            }
        }
    }

    [Fact]
    public async Task A_write_racing_a_delete_of_the_same_record_is_never_a_500()
    {
        using var client = app.CreateClient();
        using var other = otherInstance.CreateClient();
        var letter = await client.CreateAsync("/api/letters", new { subject = "Race letter", status = "sent" });
        for (var round = 0; round < 8; round++)
        {
            var recipient = await client.CreateAsync("/api/recipients", new { name = $"Race recipient {round}", kind = "media" });
            var dispatch = await client.CreateAsync("/api/dispatches", new { letterId = letter.Str("id"), recipientId = recipient.Str("id") });
            var url = $"/api/dispatches/{dispatch.Str("id")}";
            var results = await Task.WhenAll(
                client.PutJsonAsync(url, new { letterId = letter.Str("id"), recipientId = recipient.Str("id"), channel = "post" }, "\"1\""),
                other.DeleteAsync(url, "\"1\""));

            Assert.All(results, r => Assert.True((int)r.StatusCode is 200 or 204 or 404 or 409 or 412, $"{r.StatusCode}"));
            Assert.Equal(1, results.Count(r => r.IsSuccessStatusCode));
            foreach (var result in results)
            {
                result.Dispose();
            }
        }
    }

    public void Dispose()
    {
        app.Dispose();
        otherInstance.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }
}
