using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Database;

/// <summary>
/// A database that is unavailable for a while is a 503 with Retry-After, never a 500; the app serves
/// again when it is back, without a restart; and no write it acknowledged is lost, none it refused is
/// left behind.
/// </summary>
public sealed class DatabaseOutageTests
{
    private const string Unavailable = "https://tools.ietf.org/html/rfc9110#section-15.6.4";

    private enum Phase
    {
        Before,
        Outage,
        After,
    }

    private sealed record Answer(Phase Phase, string Request, HttpStatusCode Status, string? MediaType, string? RetryAfter, string Body);

    [ThrowawayPostgresFact]
    public async Task A_postgres_restart_under_load_is_answered_503_and_the_app_serves_again_without_losing_an_acknowledged_write()
    {
        await using var server = await ThrowawayPostgres.StartAsync();
        await using var app = new LetterTrackerApp(seed: false, settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:LetterTracker"] = server.ConnectionString,
        });
        using var client = app.CreateClient();
        await client.GetObjectAsync("/api/sources?limit=1");

        var phase = (int)Phase.Before; // read by the load's tasks
        var answers = new ConcurrentQueue<Answer>();
        var acknowledged = new ConcurrentDictionary<string, string>(); // id -> title
        var maybeSaved = new ConcurrentBag<string>(); // titles whose COMMIT was lost: saved or not
        using var stop = new CancellationTokenSource();

        async Task<HttpResponseMessage> SendAsync(string name, Func<Task<HttpResponseMessage>> send)
        {
            var response = await send();
            var body = await response.Content.ReadAsStringAsync();
            answers.Enqueue(new Answer(
                (Phase)Volatile.Read(ref phase), name, response.StatusCode, response.Content.Headers.ContentType?.MediaType,
                response.Headers.RetryAfter?.ToString(), body));
            return response;
        }

        async Task WriteAsync(int writer)
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var title = $"outage-{writer}-{n}";
                var body = new { title, attribution = "Outage test", language = "en", fullText = $"Written by writer {writer}." };
                // Every other write carries an Idempotency-Key and is sent again with it after a 503, as
                // a client should: the 503 was not stored, so the write runs again.
                var key = n % 2 == 0 ? Guid.NewGuid().ToString() : null;
                while (true)
                {
                    using var response = await SendAsync(
                        key is null ? "POST" : "POST keyed",
                        () => key is null ? client.PostJsonAsync("/api/sources", body) : client.PostJsonAsync("/api/sources", body, key));
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        acknowledged[(await response.ReadObjectAsync()).Str("id")] = title;
                    }
                    else if (response.StatusCode == HttpStatusCode.ServiceUnavailable
                        && (await response.Content.ReadAsStringAsync()).Contains("may or may not have been saved", StringComparison.Ordinal))
                    {
                        maybeSaved.Add(title);
                    }

                    if (response.StatusCode != HttpStatusCode.ServiceUnavailable || key is null || stop.IsCancellationRequested)
                    {
                        break;
                    }

                    await Task.Delay(200);
                }

                await Task.Delay(20);
            }
        }

        async Task ReadAsync(int reader)
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var ids = acknowledged.Keys.ToArray();
                var url = n % 2 == 0 || ids.Length == 0 ? "/api/sources?limit=20" : $"/api/sources/{ids[(n + reader) % ids.Length]}";
                (await SendAsync(url.Contains('?') ? "GET list" : "GET one", () => client.GetAsync(url))).Dispose();
                await Task.Delay(20);
            }
        }

        async Task<HttpStatusCode> ReadyAsync()
        {
            using var response = await client.GetAsync("/health/ready");
            return response.StatusCode;
        }

        var load = Enumerable.Range(0, 4).Select(w => Task.Run(() => WriteAsync(w)))
            .Concat(Enumerable.Range(0, 3).Select(r => Task.Run(() => ReadAsync(r)))).ToArray();
        try
        {
            await Until(() => acknowledged.Count >= 20, "20 writes acknowledged before the outage");

            Volatile.Write(ref phase, (int)Phase.Outage);
            await server.StopAsync();
            var down = Stopwatch.StartNew();
            var readyDuringOutage = new List<HttpStatusCode>();
            // Load goes on while the server is down: at least three seconds and thirty answers.
            while (down.Elapsed < TimeSpan.FromSeconds(3) || answers.Count(a => a.Phase == Phase.Outage) < 30)
            {
                readyDuringOutage.Add(await ReadyAsync());
                Assert.True(down.Elapsed < TimeSpan.FromMinutes(3), "The app did not answer during the outage.");
                await Task.Delay(200);
            }

            await server.StartAgainAsync();
            Volatile.Write(ref phase, (int)Phase.After);
            var readyAfter = HttpStatusCode.ServiceUnavailable;
            await Until(
                async () => (readyAfter = await ReadyAsync()) == HttpStatusCode.OK
                    && answers.Count(a => a.Phase == Phase.After && a.Request == "GET list" && a.Status == HttpStatusCode.OK) >= 5
                    && answers.Count(a => a.Phase == Phase.After && a.Status == HttpStatusCode.Created) >= 5,
                "the app serving reads and writes again after the restart");

            Assert.Contains(HttpStatusCode.ServiceUnavailable, readyDuringOutage);
            Assert.Equal(HttpStatusCode.OK, readyAfter);
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(load);
        }

        var all = answers.ToList();
        var unexpected = all.Where(a => a.Status is not (HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.ServiceUnavailable)).ToList();
        Assert.True(unexpected.Count == 0, $"{unexpected.Count} answers were neither a success nor a 503, the first: {unexpected.FirstOrDefault()}");
        var refusals = all.Where(a => a.Status == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.Contains(refusals, a => a.Phase == Phase.Outage);
        foreach (var refusal in refusals)
        {
            Assert.Equal("application/problem+json", refusal.MediaType);
            Assert.True(int.TryParse(refusal.RetryAfter, out var seconds) && seconds > 0, $"A 503 without Retry-After: {refusal}");
            var problem = JsonNode.Parse(refusal.Body)!;
            Assert.Equal(Unavailable, problem.Str("type"));
            Assert.DoesNotContain("   at ", refusal.Body);
        }

        // Every acknowledged write is there, read back through the API; nothing else is, but for a
        // write whose COMMIT was lost (it was told it may or may not have been saved).
        foreach (var (id, title) in acknowledged)
        {
            Assert.Equal(title, (await client.GetObjectAsync($"/api/sources/{id}")).Str("title"));
        }

        var stored = await app.WithDbAsync(db => db.Sources.AsNoTracking()
            .Where(s => s.Title!.StartsWith("outage-")).Select(s => new { s.Id, s.Title }).ToListAsync());
        Assert.Equal(stored.Count, stored.Select(s => s.Title).Distinct().Count()); // no write applied twice
        var leftBehind = stored.Where(s => !acknowledged.ContainsKey(s.Id.ToString()) && !maybeSaved.Contains(s.Title!)).ToList();
        Assert.True(leftBehind.Count == 0, $"Refused writes left {leftBehind.Count} records behind: {string.Join(", ", leftBehind.Select(s => s.Title))}");
    }

    [Fact]
    public async Task A_sqlite_write_lock_held_past_the_busy_timeout_is_503_and_the_same_keyed_write_runs_when_sent_again()
    {
        var dir = Directory.CreateTempSubdirectory("lettertracker-busy.");
        try
        {
            // Default Timeout: how long Microsoft.Data.Sqlite goes on retrying a busy statement after
            // busy_timeout (5 s) ran out; 1 s instead of 30 keeps the test short.
            var connectionString = $"Data Source={Path.Combine(dir.FullName, "busy.db")};Default Timeout=1";
            await using var app = new LetterTrackerApp(seed: false, settings: new Dictionary<string, string?>
            {
                ["ConnectionStrings:LetterTracker"] = connectionString,
            });
            using var client = app.CreateClient();
            await client.GetObjectAsync("/api/sources?limit=1");
            var body = new { title = "Written while locked", attribution = "Busy test", language = "en", fullText = "Text." };

            await using (var holder = new SqliteConnection(connectionString))
            {
                await holder.OpenAsync();
                await using (var begin = holder.CreateCommand())
                {
                    begin.CommandText = "BEGIN IMMEDIATE"; // the write lock, held until the rollback below
                    await begin.ExecuteNonQueryAsync();
                }

                using var refused = await client.PostJsonAsync("/api/sources", body, "busy-key");
                var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.ServiceUnavailable);
                Assert.Equal(Unavailable, problem.Str("type"));
                Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "A 503 needs Retry-After.");

                // Readers are not blocked by a writer (WAL).
                using var read = await client.GetAsync("/api/sources");
                Assert.Equal(HttpStatusCode.OK, read.StatusCode);

                await using var rollback = holder.CreateCommand();
                rollback.CommandText = "ROLLBACK";
                await rollback.ExecuteNonQueryAsync();
            }

            // The 503 was not stored as the key's answer: sent again, the write runs.
            using var again = await client.PostJsonAsync("/api/sources", body, "busy-key");
            Assert.Equal(HttpStatusCode.Created, again.StatusCode);
            Assert.False(again.Headers.Contains("Idempotency-Replayed"));
            Assert.Single(await client.GetAllAsync("/api/sources"), s => s.Str("title") == "Written while locked");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Polls until the condition holds, with a deadline generous enough for a loaded machine.</summary>
    private static Task Until(Func<bool> condition, string what) => Until(() => Task.FromResult(condition()), what);

    private static async Task Until(Func<Task<bool>> condition, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(3), $"Timed out waiting for {what}.");
            await Task.Delay(100);
        }
    }
}
