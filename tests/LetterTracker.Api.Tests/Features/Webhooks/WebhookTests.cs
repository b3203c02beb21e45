using System.Net;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Database;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Features.Webhooks;

/// <summary>Webhooks end to end: the app's sender POSTs to a real receiver on 127.0.0.1, which verifies each signature.</summary>
public sealed class WebhookTests : IAsyncLifetime
{
    private WebhookReceiver receiver = null!;

    public async Task InitializeAsync() => receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await receiver.DisposeAsync();

    /// <summary>An app that sends webhooks, quickly: the receiver is on loopback, and retries wait a fifth of a second.</summary>
    private static LetterTrackerApp SendingApp(
        string? database = null, int maxAttempts = 8, bool allowPrivate = true, string? postgres = null, string pollInterval = "00:00:00.200")
    {
        var settings = new Dictionary<string, string?>
        {
            ["Webhooks:Enabled"] = "true",
            ["Webhooks:AllowPrivateAddresses"] = allowPrivate ? "true" : "false",
            ["Webhooks:PollInterval"] = pollInterval,
            ["Webhooks:RetryDelay"] = "00:00:00.200",
            ["Webhooks:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // The receiver is on this machine; on a loaded one it may answer slowly, which is no failure to retry.
            ["Webhooks:Timeout"] = "00:01:00",
        };
        if (database is not null)
        {
            settings["ConnectionStrings:LetterTracker"] = $"Data Source={database}";
        }

        if (postgres is not null)
        {
            settings["Database:Provider"] = "Postgres";
            settings["ConnectionStrings:LetterTracker"] = postgres;
        }

        return new LetterTrackerApp(seed: false, settings);
    }

    [Fact]
    public async Task A_subscription_shows_its_secret_once_and_only_an_admin_manages_them()
    {
        using var app = SendingApp();
        using var admin = app.CreateClient();
        var created = await admin.CreateAsync("/api/webhooks", new { url = receiver.Url, eventTypes = new[] { "dispatch.sent" }, description = "Team chat" });
        Assert.StartsWith("whsec_", created.Str("secret"), StringComparison.Ordinal);
        Assert.Equal(32, Convert.FromBase64String(created.Str("secret")["whsec_".Length..]).Length);

        var read = await admin.GetObjectAsync($"/api/webhooks/{created.Str("id")}");
        Assert.Null(read["secret"]);
        Assert.Equal((receiver.Url, "Team chat"), (read.Str("url"), read.Str("description")));
        Assert.Single(await admin.GetAllAsync("/api/webhooks"));

        using var editor = await app.CreateClientAsync(ApiKeyRole.Editor);
        using var refused = await editor.PostJsonAsync("/api/webhooks", new { url = receiver.Url, eventTypes = new[] { "dispatch.sent" } });
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden);

        using var deleted = await admin.DeleteAsync($"/api/webhooks/{created.Str("id")}", await admin.ETagOfAsync($"/api/webhooks/{created.Str("id")}"));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(await admin.GetAllAsync("/api/webhooks"));
        var audit = await admin.GetAllAsync($"/api/audit?resource=webhooks&id={created.Str("id")}");
        Assert.Equal(["delete", "create"], audit.Select(e => e.Str("action")));
        Assert.DoesNotContain("whsec_", string.Join(" ", audit.Select(e => e.ToJsonString())), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080/hook", "url")]
    [InlineData("http://localhost/hook", "url")]
    [InlineData("http://10.1.2.3/hook", "url")]
    [InlineData("http://192.168.0.10/hook", "url")]
    [InlineData("http://169.254.169.254/latest/meta-data", "url")]
    [InlineData("http://[::1]/hook", "url")]
    [InlineData("http://[::ffff:127.0.0.1]/hook", "url")]
    [InlineData("http://[64:ff9b::a9fe:a9fe]/latest/meta-data", "url")]
    [InlineData("http://[2002:7f00:1::]/hook", "url")]
    [InlineData("http://2130706433/hook", "url")]
    [InlineData("http://0.0.0.0/hook", "url")]
    [InlineData("http://[fd00::1]/hook", "url")]
    [InlineData("ftp://hooks.example.org/hook", "url")]
    [InlineData("/relative/hook", "url")]
    [InlineData("https://user:pass@hooks.example.org/hook", "url")]
    public async Task Urls_into_private_networks_or_of_other_schemes_are_refused(string url, string field)
    {
        using var app = SendingApp(allowPrivate: false);
        using var admin = app.CreateClient();
        using var response = await admin.PostJsonAsync("/api/webhooks", new { url, eventTypes = new[] { "dispatch.sent" } });
        await response.AssertInvalidAsync(field);
        Assert.Empty(await admin.GetAllAsync("/api/webhooks"));
    }

    [Fact]
    public async Task Unknown_or_repeated_event_types_are_refused()
    {
        using var app = SendingApp();
        using var admin = app.CreateClient();
        using var unknown = await admin.PostJsonAsync("/api/webhooks", new { url = receiver.Url, eventTypes = new[] { "dispatch.lost" } });
        var problem = await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.BadRequest);
        Assert.Contains("dispatch.lost", problem.ToJsonString(), StringComparison.Ordinal);
        using var none = await admin.PostJsonAsync("/api/webhooks", new { url = receiver.Url, eventTypes = Array.Empty<string>() });
        await none.AssertInvalidAsync("eventTypes");
        using var twice = await admin.PostJsonAsync("/api/webhooks", new { url = receiver.Url, eventTypes = new[] { "dispatch.sent", "dispatch.sent" } });
        await twice.AssertInvalidAsync("eventTypes");
        using var missing = await admin.PostJsonAsync("/api/webhooks", new { url = receiver.Url, eventTypes = (string[]?)null });
        await missing.AssertInvalidAsync("eventTypes");
        using var nullType = await admin.PostJsonAsync("/api/webhooks", new { url = receiver.Url, eventTypes = new string?[] { null } });
        await ProblemAssert.IsProblemAsync(nullType, HttpStatusCode.BadRequest);
        Assert.Empty(await admin.GetAllAsync("/api/webhooks"));
    }

    [Fact]
    public Task Events_reach_the_receiver_signed_and_in_order_for_each_record() => EventsArriveInOrderAsync(() => SendingApp());

    [PostgresFact]
    public async Task Events_reach_the_receiver_signed_and_in_order_over_postgres()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await EventsArriveInOrderAsync(() => SendingApp(postgres: database.ConnectionString));
    }

    private async Task EventsArriveInOrderAsync(Func<LetterTrackerApp> start)
    {
        using var app = start();
        using var client = app.CreateClient();
        await SubscribeAsync(client, "letter.created", "letter.sent", "letter.closed", "dispatch.sent", "dispatch.delivered", "dispatch.replied", "dispatch.closed");
        var (letter, dispatches) = await DraftLetterAsync(client, 2);
        await SetLetterStatusAsync(client, letter, "sent");
        await EventAsync(client, app, dispatches[0], "delivered");
        await EventAsync(client, app, dispatches[0], "responded");
        await EventAsync(client, app, dispatches[1], "closed");
        var sentAtOnce = (await client.CreateAsync("/api/letters", new { subject = "Recorded as sent", status = "sent" })).Str("id");

        // At least once: a receiver keeps the first of each webhook-id.
        var received = (await receiver.WaitForAsync(r => r.Select(x => x.Id).Distinct().Count() >= 10))
            .DistinctBy(r => r.Id).ToList();
        Assert.Equal(10, received.Count);
        Assert.All(received, r => Assert.True(r.Verified, $"signature of {r.Id} did not verify"));
        Assert.Equal(["letter.created", "letter.sent", "letter.closed"], received.Where(r => r.RecordId == letter).Select(r => r.Type));
        // Created as sent: subscribers to letter.sent hear of it too, after its creation.
        Assert.Equal(["letter.created", "letter.sent"], received.Where(r => r.RecordId == sentAtOnce).Select(r => r.Type));
        Assert.Equal(["dispatch.sent", "dispatch.delivered", "dispatch.replied"], received.Where(r => r.RecordId == dispatches[0]).Select(r => r.Type));
        Assert.Equal(["dispatch.sent", "dispatch.closed"], received.Where(r => r.RecordId == dispatches[1]).Select(r => r.Type));
        var replied = received.Single(r => r.Type == "dispatch.replied").Body!["data"]!;
        Assert.Equal(("responded", "delivered", letter), (replied.Str("status"), replied.Str("previousStatus"), replied.Str("letterId")));
    }

    [Fact]
    public async Task Only_a_write_that_adds_deliveries_wakes_the_sender()
    {
        // Polling every hour: the sender runs once at start, then only when woken. Each run scans for
        // overdue days, reading OverdueScans, then looks for a delivery to send: the reads count the runs.
        using var app = SendingApp(pollInterval: "01:00:00");
        var traffic = new Performance.DatabaseTraffic();
        using var counted = traffic.Attach(app);
        using var client = counted.CreateClient();
        int Runs() => traffic.Commands.Count(c => c.Sql.Contains("FROM \"OverdueScans\"", StringComparison.Ordinal));
        // The first run is over once it looked for a delivery (its scan reads twice: it makes the row).
        await WaitUntilAsync(() => Task.FromResult(traffic.Commands.Any(c => c.Sql.Contains("\"ClaimedUntil\" IS NULL", StringComparison.Ordinal))),
            "The sender did not start within two minutes.");

        var atStart = Runs();

        // Writes with nobody subscribed, and the subscription itself: no delivery, so no run.
        for (var i = 0; i < 5; i++)
        {
            await client.CreateAsync("/api/organisations", new { name = $"Organisation {i}", kind = "diasporaOrganisation" });
        }

        var subscription = await SubscribeAsync(client, "letter.created");
        var letter = (await client.CreateAsync("/api/letters", new { subject = "Woke the sender", status = "draft" })).Str("id");

        // One run, for the letter's delivery; sending it (claimed, then marked delivered) wakes nothing more.
        await receiver.WaitForAsync(r => r.Any(x => x.RecordId == letter));
        await WaitForDeliveryAsync(client, subscription, d => d.Str("status") == "delivered");
        Assert.Equal(atStart + 1, Runs());
    }

    [Fact]
    public async Task A_failing_receiver_gets_retries_with_the_same_id_and_the_log_shows_them()
    {
        receiver.Answer = attempt => attempt <= 2 ? 500 : 200;
        using var app = SendingApp();
        using var client = app.CreateClient();
        var subscription = await SubscribeAsync(client, "letter.created");
        var letter = (await client.CreateAsync("/api/letters", new { subject = "Retried letter", status = "draft" })).Str("id");

        var received = await receiver.WaitForAsync(r => r.Count >= 3);
        Assert.Single(received.Select(r => r.Id).Distinct());
        Assert.All(received, r => Assert.Equal(letter, r.RecordId));
        var delivery = await WaitForDeliveryAsync(client, subscription, d => d.Str("status") == "delivered");
        Assert.Equal((3, 200), (delivery["attempts"]!.GetValue<int>(), delivery["lastResponseStatus"]!.GetValue<int>()));
        Assert.Equal("letter.created", delivery["payload"]!.Str("type"));
    }

    [Fact]
    public async Task Redirects_are_not_followed_and_a_failed_delivery_can_be_sent_again()
    {
        receiver.Answer = _ => 302;
        // One attempt, and no polling to speak of: the redelivery must wake the sender itself, once committed.
        using var app = SendingApp(maxAttempts: 1, pollInterval: "01:00:00");
        using var client = app.CreateClient();
        var subscription = await SubscribeAsync(client, "letter.created");
        await client.CreateAsync("/api/letters", new { subject = "Redirected letter", status = "draft" });

        var failed = await WaitForDeliveryAsync(client, subscription, d => d.Str("status") == "failed");
        Assert.Equal(1, failed["attempts"]!.GetValue<int>());
        Assert.Contains("redirect", failed.Str("lastError"), StringComparison.Ordinal);
        Assert.DoesNotContain(receiver.Requests, r => r.Path == "/elsewhere");

        receiver.Answer = _ => 204;
        using var again = await client.PostJsonAsync($"/api/webhooks/{subscription}/deliveries/{failed.Str("id")}/redeliver", new { });
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        var delivered = await WaitForDeliveryAsync(client, subscription, d => d.Str("status") == "delivered");
        Assert.Equal((1, 204), (delivered["attempts"]!.GetValue<int>(), delivered["lastResponseStatus"]!.GetValue<int>()));
        Assert.All(receiver.Requests, r => Assert.Equal(failed.Str("id"), r.Id));
    }

    [Fact]
    public async Task A_name_that_resolves_to_loopback_is_refused_when_the_delivery_connects()
    {
        using var app = SendingApp(maxAttempts: 1, allowPrivate: false);
        using var client = app.CreateClient();
        // As if a public name had come to resolve inside the network (DNS rebinding): stored past the URL check.
        var port = new Uri(receiver.Url).Port;
        var subscription = await app.WithDbAsync(async db =>
        {
            var stored = new WebhookSubscription { Url = $"http://localhost:{port}/hook", EventTypes = ["letter.created"], Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw3bFqVg1XhWc=" };
            db.WebhookSubscriptions.Add(stored);
            await db.SaveChangesAsync();
            return stored.Id.ToString();
        });
        await client.CreateAsync("/api/letters", new { subject = "Letter for a rebinding name", status = "draft" });

        var failed = await WaitForDeliveryAsync(client, subscription, d => d.Str("status") == "failed");
        Assert.Contains("no public address", failed.Str("lastError"), StringComparison.Ordinal);
        Assert.Empty(receiver.Requests);
    }

    [Fact]
    public async Task Deliveries_written_before_a_restart_are_sent_after_it()
    {
        using var folder = new DatabaseFolder();
        var database = folder.File("outbox.db");
        string letter;
        using (var stopped = new LetterTrackerApp(seed: false, new Dictionary<string, string?> { ["ConnectionStrings:LetterTracker"] = $"Data Source={database}", ["Webhooks:AllowPrivateAddresses"] = "true" }))
        {
            using var client = stopped.CreateClient();
            await SubscribeAsync(client, "letter.created");
            letter = (await client.CreateAsync("/api/letters", new { subject = "Written before the restart", status = "draft" })).Str("id");
            // The sender is off in this instance: the delivery waits in the outbox.
            Assert.Equal(1, await stopped.WithDbAsync(db => db.WebhookDeliveries.CountAsync(d => d.Status == WebhookDeliveryStatus.Pending)));
        }

        Assert.Empty(receiver.Requests);
        using var restarted = SendingApp(database);
        using var _ = restarted.CreateClient();
        var received = await receiver.WaitForAsync(r => r.Count >= 1);
        Assert.Equal(("letter.created", letter, true), (received[0].Type, received[0].RecordId, received[0].Verified));
    }

    [Fact]
    public async Task Overdue_is_announced_once_per_dispatch_with_two_instances_scanning()
    {
        using var folder = new DatabaseFolder();
        var database = folder.File("overdue.db");
        await OverdueOnceAsync(() => SendingApp(database));
    }

    [PostgresFact]
    public async Task Overdue_is_announced_once_per_dispatch_with_two_instances_over_postgres()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await OverdueOnceAsync(() => SendingApp(postgres: database.ConnectionString));
    }

    private async Task OverdueOnceAsync(Func<LetterTrackerApp> start)
    {
        using var first = start();
        using var client = first.CreateClient();
        var today = first.Clock.Now;
        await SubscribeAsync(client, "dispatch.overdue");
        var recipients = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            recipients.Add((await client.CreateAsync("/api/recipients", new { name = $"Slow body {i}", kind = "ngo", responseDays = 1 })).Str("id"));
        }

        // Sent today, due tomorrow: overdue from the day after.
        var letter = (await client.CreateAsync("/api/letters", new
        {
            subject = "Due tomorrow",
            status = "sent",
            sentOn = DateOnly.FromDateTime(today.UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            recipientIds = recipients,
        })).Str("id");
        var dispatches = (await client.GetObjectAsync($"/api/letters/{letter}"))["dispatches"]!.AsArray().Select(d => d!.Str("id")).ToList();
        // One answers in time: it is not overdue.
        await EventAsync(client, first, dispatches[0], "responded");

        using var second = start();
        using var secondClient = second.CreateClient();
        // The first scan starts the mark at yesterday; only then does the clock move on.
        await WaitUntilAsync(first, db => db.OverdueScans.AnyAsync());
        first.Clock.Now = second.Clock.Now = today.AddDays(2);

        var received = await receiver.WaitForAsync(r => r.Count >= 2);
        // Both instances scan until the mark passes the due day; it moves by compare-and-set.
        var dueDay = DateOnly.FromDateTime(today.UtcDateTime).AddDays(1);
        await WaitUntilAsync(first, async db => await db.OverdueScans.AsNoTracking().Select(s => s.ScannedThrough).SingleAsync() >= dueDay);
        var deliveries = await first.WithDbAsync(db => db.WebhookDeliveries.AsNoTracking().Where(d => d.EventType == "dispatch.overdue").Select(d => d.RecordId).ToListAsync());
        Assert.Equal(dispatches.Skip(1).Order(), deliveries.Select(id => id.ToString()).Order());
        // One event per overdue dispatch (a repeat of one webhook-id would be a resend, which at least once allows).
        Assert.Equal(dispatches.Skip(1).Order(), received.DistinctBy(r => r.Id).Select(r => r.RecordId!).Order());
        Assert.All(received, r => Assert.True(r.Verified));
    }

    /// <summary>Waits, however long a loaded machine needs (up to two minutes), until the database shows the condition.</summary>
    private static Task WaitUntilAsync(LetterTrackerApp app, Func<LetterTracker.Data.LetterTrackerDbContext, Task<bool>> condition) =>
        WaitUntilAsync(() => app.WithDbAsync(condition), "The database did not reach the awaited state within two minutes.");

    /// <summary>Waits, however long a loaded machine needs (up to two minutes), until the condition holds.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string failure)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(100);
        }
    }

    private async Task<string> SubscribeAsync(HttpClient client, params string[] eventTypes)
    {
        var created = await client.CreateAsync("/api/webhooks", new { url = receiver.Url, eventTypes });
        receiver.Secret = created.Str("secret");
        return created.Str("id");
    }

    private static async Task<JsonObject> WaitForDeliveryAsync(HttpClient client, string subscription, Func<JsonObject, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var deliveries = await client.GetAllAsync($"/api/webhooks/{subscription}/deliveries");
            if (deliveries.FirstOrDefault(condition) is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No delivery as awaited: {string.Join(", ", deliveries.Select(d => d.ToJsonString()))}");
            await Task.Delay(100);
        }
    }

    private static async Task<(string Letter, List<string> Dispatches)> DraftLetterAsync(HttpClient client, int recipients)
    {
        var ids = new List<string>();
        for (var i = 0; i < recipients; i++)
        {
            ids.Add((await client.CreateAsync("/api/recipients", new { name = $"Body {Guid.NewGuid():N}", kind = "ngo" })).Str("id"));
        }

        var letter = await client.CreateAsync("/api/letters", new { subject = "Letter with webhooks", status = "draft", recipientIds = ids });
        return (letter.Str("id"), [.. letter["dispatches"]!.AsArray().Select(d => d!.Str("id"))]);
    }

    private static async Task SetLetterStatusAsync(HttpClient client, string letter, string status)
    {
        var url = $"/api/letters/{letter}";
        using var response = await client.PatchJsonAsync(url, new { status }, await client.ETagOfAsync(url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task EventAsync(HttpClient client, LetterTrackerApp app, string dispatch, string type)
    {
        using var response = await client.PostJsonAsync($"/api/dispatches/{dispatch}/events", new { type, at = app.Clock.Now });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A folder for a database file that two app instances (or one, then another) share; deleted at the end.</summary>
    private sealed class DatabaseFolder : IDisposable
    {
        private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("lettertracker-webhooks-");

        public string File(string name) => Path.Combine(directory.FullName, name);

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }
}
