using System.Net;
using LetterTracker.Api.Tests.Database;
using LetterTracker.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Common;

/// <summary>
/// Duplicates of one keyed POST sent all at once, to one instance and to two sharing a database: one
/// writes, every other is a replay of its answer or a 409, never a second write.
/// </summary>
public sealed class IdempotencyRaceTests : IDisposable
{
    private const int Senders = 16;

    // A real database file, as in production (WAL, one writer at a time), not the in-memory one.
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("lettertracker-idempotency-");

    [Fact]
    public async Task Duplicates_sent_at_once_to_one_instance_write_once()
    {
        using var app = new LetterTrackerApp(seed: false, settings: FileDatabase());
        using var client = app.CreateClient();
        for (var round = 0; round < 3; round++)
        {
            var name = $"One instance {round}";
            var answers = await SendAtOnceAsync(_ => client, name, $"one-instance-{round}");
            AssertOneWriteAndTheRestReplaysOr409s(answers);
            Assert.Equal(1, await app.WithDbAsync(db => db.Organisations.CountAsync(o => o.Name == name)));
        }
    }

    [Fact]
    public async Task Duplicates_sent_at_once_to_two_instances_on_one_SQLite_file_write_once()
    {
        var settings = FileDatabase();
        using var app = new LetterTrackerApp(seed: false, settings: settings);
        using var otherInstance = new LetterTrackerApp(seed: false, settings: settings);
        using var client = app.CreateClient(); // migrates the file before the other instance starts
        using var other = otherInstance.CreateClient();
        for (var round = 0; round < 3; round++)
        {
            var name = $"Two instances {round}";
            var answers = await SendAtOnceAsync(i => i % 2 == 0 ? client : other, name, $"two-instances-{round}");
            AssertOneWriteAndTheRestReplaysOr409s(answers);
            Assert.Equal(1, await app.WithDbAsync(db => db.Organisations.CountAsync(o => o.Name == name)));
        }

        Assert.Equal(3, await app.WithDbAsync(db => db.IdempotencyRecords.CountAsync()));
    }

    [PostgresFact]
    public async Task Duplicates_sent_at_once_to_two_instances_on_PostgreSQL_write_once()
    {
        // No write gate on PostgreSQL: instances and requests run side by side, and the key's primary key decides.
        await using var database = await PostgresTestDatabase.CreateAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:LetterTracker"] = database.ConnectionString,
        };
        await using var app = new LetterTrackerApp(seed: false, settings: settings);
        await using var otherInstance = new LetterTrackerApp(seed: false, settings: settings);
        using var client = app.CreateClient();
        using var other = otherInstance.CreateClient();
        for (var round = 0; round < 3; round++)
        {
            var name = $"PostgreSQL {round}";
            var answers = await SendAtOnceAsync(i => i % 2 == 0 ? client : other, name, $"postgres-{round}");
            AssertOneWriteAndTheRestReplaysOr409s(answers);
            Assert.Equal(1, await app.WithDbAsync(db => db.Organisations.CountAsync(o => o.Name == name)));
        }
    }

    private static async Task<(IdempotencyTests.Answer Answer, bool Replayed)[]> SendAtOnceAsync(Func<int, HttpClient> senderOf, string name, string key)
    {
        using var start = new SemaphoreSlim(0);
        var sends = Enumerable.Range(0, Senders).Select(async i =>
        {
            await start.WaitAsync();
            using var response = await senderOf(i).PostJsonAsync("/api/organisations", new { name, kind = "other" }, key);
            return (await IdempotencyTests.AnswerAsync(response), response.Headers.Contains("Idempotency-Replayed"));
        }).ToList();
        start.Release(Senders);
        return await Task.WhenAll(sends);
    }

    private static void AssertOneWriteAndTheRestReplaysOr409s((IdempotencyTests.Answer Answer, bool Replayed)[] answers)
    {
        Assert.All(answers, a => Assert.True(
            a.Answer.Status is HttpStatusCode.Created or HttpStatusCode.Conflict,
            $"{a.Answer.Status}: {System.Text.Encoding.UTF8.GetString(Convert.FromHexString(a.Answer.BodyBytes))}"));
        var created = answers.Where(a => a.Answer.Status == HttpStatusCode.Created).ToList();
        var written = Assert.Single(created, a => !a.Replayed);
        Assert.All(created, a => Assert.Equal(written.Answer, a.Answer));
    }

    private Dictionary<string, string?> FileDatabase() => new()
    {
        ["ConnectionStrings:LetterTracker"] = $"Data Source={Path.Combine(folder.FullName, "idempotency.db")}",
    };

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }
}
