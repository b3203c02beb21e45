using System.Net;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Integrity;

/// <summary>
/// The real server over a SQLite file, written to by several clients at once, killed with SIGKILL at a
/// random moment, three times over. After each kill the file must pass integrity_check, and after each
/// restart every write answered 2xx must be there as answered, every write in flight either wholly there
/// or wholly absent, nothing else there, and everything one write keeps in several places must agree.
/// </summary>
public sealed class CrashTests : IDisposable
{
    private const int Rounds = 3;
    private const int Writers = 4;

    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("lettertracker-crash-");

    [Fact]
    public async Task Every_answered_write_survives_SIGKILL_whole_and_the_file_stays_sound()
    {
        var random = new Random(20250406);
        var database = new CrashDatabase(Path.Combine(directory.FullName, "crash.db"));
        var ledger = new CrashLedger();
        var report = new List<string>();

        for (var round = 1; round <= Rounds; round++)
        {
            var (answeredBefore, refusedBefore) = (ledger.Answered, ledger.Refused);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            TimeSpan started, killed;
            await using (var server = await StartAsync(database))
            {
                started = clock.Elapsed;
                var clients = Enumerable.Range(0, Writers).Select(_ => server.CreateClient()).ToList();
                var writers = clients.Select((client, writer) => new CrashWriter(writer, ledger, new Random(random.Next()), client).RunAsync()).ToList();
                // The kill comes at a random point once a random number of writes were answered, so that
                // every round has writes to lose, wherever the server is in them.
                var target = answeredBefore + random.Next(40, 120);
                var waited = System.Diagnostics.Stopwatch.StartNew();
                while (ledger.Answered < target && waited.Elapsed < TimeSpan.FromSeconds(60) && writers.All(w => !w.IsCompleted))
                {
                    await Task.Delay(5);
                }

                await Task.Delay(random.Next(0, 300));
                await server.KillAsync();
                killed = clock.Elapsed;
                await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(60));
                clients.ForEach(c => c.Dispose());
                Assert.True(ledger.Unexpected.Count == 0, "Unexpected answers:\n" + string.Join('\n', ledger.Unexpected.Take(20)));
            }

            var answered = ledger.Answered - answeredBefore;
            var inFlight = ledger.InFlightCount;
            Assert.True(answered >= 40, $"Round {round}: only {answered} writes were answered before the kill; the test proves nothing with so few.");

            // Before anything else opens the file: the crash left it sound.
            await database.AssertSoundAsync();

            await using (var restarted = await StartAsync(database))
            {
                using var client = restarted.CreateClient();
                var (committed, replayed) = await ledger.SettleAsync(client, database);
                report.Add($"round {round}: {answered} writes answered 2xx, {ledger.Refused - refusedBefore} refused in races, {inFlight} in flight at the kill, {committed} of them committed ({replayed} POSTs replayed on retry); started in {started.TotalSeconds:0.0} s, killed at {killed.TotalSeconds:0.0} s, restarted at {clock.Elapsed.TotalSeconds:0.0} s");
                await AssertStoredAsAnsweredAsync(ledger, client, database);
            }

            report[^1] += $", checked at {clock.Elapsed.TotalSeconds:0.0} s";

            await database.AssertSoundAsync();
            await database.AssertTalliesMatchDispatchesAsync();
            await database.AssertSearchIndexMatchesRecordsAsync();
            await database.AssertDispatchesAgreeWithTheirEventsAsync();
        }

        Console.WriteLine(string.Join('\n', report));
    }

    private Task<ServerProcess> StartAsync(CrashDatabase database) => ServerProcess.StartAsync(directory.FullName, new Dictionary<string, string>
    {
        ["ConnectionStrings__LetterTracker"] = $"Data Source={Path.Combine(directory.FullName, "crash.db")}",
        ["Database__SeedOnStartup"] = "false",
        ["RateLimiting__Enabled"] = "false",
    });

    /// <summary>The stored records are exactly those the ledger holds, each as last answered.</summary>
    private static async Task AssertStoredAsAnsweredAsync(CrashLedger ledger, HttpClient client, CrashDatabase database)
    {
        var (organisations, deleted, recipients, letters, dispatches, events) = ledger.Read(l => (
            l.Organisations.ToDictionary(), l.DeletedOrganisations.ToDictionary(), l.Recipients.ToDictionary(), l.Letters.ToDictionary(), l.Dispatches.ToDictionary(), l.Events.ToDictionary()));

        // The audit trail has exactly one entry per write: a create for each record, an update per
        // version after the first, a delete for each deleted organisation; nothing for writes lost;
        // and one create for the bootstrap key, however often the server started.
        // A referral's new dispatch has its create besides the event's (the ledger checks below that
        // the stored dispatches are those answered).
        var openedDispatches = (await database.QueryAsync("""SELECT "Id" FROM "Dispatches" WHERE "ReferredFromDispatchId" IS NOT NULL"""))
            .Select(r => Guid.Parse((string)r[0]!));
        var expectedAudit = organisations.SelectMany(o => AuditOf("organisations", o.Key, o.Value.Body["version"]!.GetValue<long>(), deleted: false))
            .Concat(deleted.SelectMany(o => AuditOf("organisations", o.Key, o.Value, deleted: true)))
            .Concat(recipients.Keys.SelectMany(id => AuditOf("recipients", id, 1, deleted: false)))
            .Concat(letters.Keys.SelectMany(id => AuditOf("letters", id, 1, deleted: false)))
            .Concat(events.Keys.SelectMany(id => AuditOf("dispatch-events", id, 1, deleted: false)))
            .Concat(openedDispatches.SelectMany(id => AuditOf("dispatches", id, 1, deleted: false)))
            // The bootstrap key, created by the first start and found by the others.
            .Concat((await database.IdsAsync("ApiKeys")).SelectMany(id => AuditOf("api-keys", id, 1, deleted: false)));
        var audit = await database.QueryAsync("""SELECT "Resource", "RecordId", "Action", COUNT(*) FROM "AuditEntries" GROUP BY 1, 2, 3""");
        Assert.Equal(
            expectedAudit.Order(StringComparer.Ordinal),
            audit.Select(a => $"{a[0]} {Guid.Parse((string)a[1]!)} {a[2]} {a[3]}").Order(StringComparer.Ordinal));

        Assert.Equal(organisations.Keys.Order(), (await database.IdsAsync("Organisations")).Order());
        Assert.Equal(recipients.Keys.Order(), (await database.IdsAsync("Recipients")).Order());
        Assert.Equal(letters.Keys.Order(), (await database.IdsAsync("Letters")).Order());
        Assert.Equal(dispatches.Keys.Order(), (await database.IdsAsync("Dispatches")).Order());
        // Besides the events answered, a referral's new dispatch has the sent event the referral wrote.
        var openedSentEvents = await database.QueryAsync("""SELECT e."Id" FROM "DispatchEvents" e JOIN "Dispatches" d ON d."Id" = e."DispatchId" WHERE d."ReferredFromDispatchId" IS NOT NULL AND e."Type" = 'Sent'""");
        Assert.Equal(events.Keys.Concat(openedSentEvents.Select(r => Guid.Parse((string)r[0]!))).Order(), (await database.IdsAsync("DispatchEvents")).Order());

        foreach (var (id, (answered, _)) in organisations)
        {
            var stored = await client.GetObjectAsync($"/api/organisations/{id}");
            foreach (var field in new[] { "name", "kind", "city", "aliases", "version", "updatedAt" })
            {
                Assert.True(JsonNode.DeepEquals(answered[field], stored[field]), $"Organisation {id} {field}: answered {answered[field]?.ToJsonString()}, stored {stored[field]?.ToJsonString()}");
            }
        }

        foreach (var (id, answered) in recipients)
        {
            var stored = await client.GetObjectAsync($"/api/recipients/{id}");
            Assert.Equal(answered.Str("name"), stored.Str("name"));
            Assert.Equal(answered["version"]!.GetValue<long>(), stored["version"]!.GetValue<long>());
        }

        foreach (var (id, (signatoryIds, recipientIds, answered)) in letters)
        {
            var stored = await client.GetObjectAsync($"/api/letters/{id}");
            Assert.Equal(answered.Str("subject"), stored.Str("subject"));
            Assert.Equal(signatoryIds.Order(), stored["signatories"]!.AsArray().Select(s => Guid.Parse(s.Str("id"))).Order());
            // The dispatches answered are all there, to the recipients asked for, plus those referrals opened since.
            var storedDispatches = stored["dispatches"]!.AsArray().Select(d => (Id: Guid.Parse(d.Str("id")), Recipient: Guid.Parse(d.Str("recipientId")))).ToList();
            Assert.Equal(recipientIds.Order(), answered["dispatches"]!.AsArray().Select(d => Guid.Parse(d.Str("recipientId"))).Order());
            Assert.Subset(storedDispatches.ToHashSet(), answered["dispatches"]!.AsArray().Select(d => (Guid.Parse(d.Str("id")), Guid.Parse(d.Str("recipientId")))).ToHashSet());
            Assert.Equal(
                dispatches.Where(d => d.Value.LetterId == id).Select(d => d.Key).Order(),
                storedDispatches.Select(d => d.Id).Order());
        }

        foreach (var (id, answered) in events)
        {
            var stored = await client.GetObjectAsync($"/api/dispatches/{answered.Str("dispatchId")}/events/{id}");
            Assert.Equal(answered.ToJsonString(), stored.ToJsonString());
        }

        foreach (var (id, (_, _, status)) in dispatches)
        {
            var stored = await client.GetObjectAsync($"/api/dispatches/{id}");
            Assert.True(status == stored.Str("status"), $"Dispatch {id}: its answered events took it to {status}, stored {stored.Str("status")}");
        }
    }

    private static IEnumerable<string> AuditOf(string resource, Guid id, long version, bool deleted)
    {
        yield return $"{resource} {id} Create 1";
        if (version > 1)
        {
            yield return $"{resource} {id} Update {version - 1}";
        }

        if (deleted)
        {
            yield return $"{resource} {id} Delete 1";
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        directory.Delete(recursive: true);
    }
}
