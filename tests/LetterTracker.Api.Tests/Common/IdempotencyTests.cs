using System.Net;
using LetterTracker.Api.Common.Writes;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LetterTracker.Api.Tests.Common;

/// <summary>Idempotency-Key on POST: a retry replays the first answer and never writes twice.</summary>
public sealed class IdempotencyTests : IDisposable
{
    private const string Organisations = "/api/organisations";
    private readonly LetterTrackerApp app = new(seed: false);
    private readonly HttpClient client;

    public IdempotencyTests() => client = app.CreateClient();

    [Fact]
    public async Task A_retry_replays_the_first_answer_byte_for_byte_and_writes_once()
    {
        var body = new { name = "Azerbaijani Community of Berlin", kind = "diasporaOrganisation" };
        using var first = await client.PostJsonAsync(Organisations, body, "retry-1");
        var firstAnswer = await AnswerAsync(first);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.False(first.Headers.Contains("Idempotency-Replayed"));
        var created = System.Text.Json.Nodes.JsonNode.Parse(Convert.FromHexString(firstAnswer.BodyBytes))!;
        Assert.Equal($"{Organisations}/{created.Str("id")}", firstAnswer.Location);
        Assert.Equal("\"1\"", firstAnswer.ETag);

        // The record changes meanwhile: the replay is still the first answer, not a fresh read.
        using var renamed = await client.PatchJsonAsync($"{Organisations}/{created.Str("id")}", new { city = "Berlin" }, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        using var retry = await client.PostJsonAsync(Organisations, body, "retry-1");
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(firstAnswer, await AnswerAsync(retry));
        Assert.Equal(["true"], retry.Headers.GetValues("Idempotency-Replayed"));

        Assert.Equal(1, await app.WithDbAsync(db => db.Organisations.CountAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.IdempotencyRecords.CountAsync()));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_422_and_writes_nothing()
    {
        using var first = await client.PostJsonAsync(Organisations, new { name = "First body", kind = "other" }, "reused");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var before = await DatabaseSnapshot.TakeAsync(app.ConnectionString);

        using var otherBody = await client.PostJsonAsync(Organisations, new { name = "Second body", kind = "other" }, "reused");
        var problem = await ProblemAssert.IsProblemAsync(otherBody, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("'reused'", problem.Str("detail"));
        // The same bytes in another order are another body: the key names the request as sent.
        using var reordered = await client.PostJsonAsync(Organisations, """{"kind":"other","name":"First body"}""", "reused");
        await ProblemAssert.IsProblemAsync(reordered, HttpStatusCode.UnprocessableEntity);
        // A query string is part of the request too, but a POST here takes none: one is refused before the key is looked up.
        using var otherQuery = await client.PostJsonAsync($"{Organisations}?from=retry", new { name = "First body", kind = "other" }, "reused");
        await otherQuery.AssertInvalidAsync("from");

        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(app.ConnectionString));
    }

    [Fact]
    public async Task A_refused_request_does_not_use_the_key_up_so_the_corrected_one_goes_through_with_it()
    {
        using var refused = await client.PostJsonAsync(Organisations, new { name = "", kind = "other" }, "fix-and-retry");
        await refused.AssertInvalidAsync("name");
        Assert.Equal(0, await app.WithDbAsync(db => db.IdempotencyRecords.CountAsync()));

        using var corrected = await client.PostJsonAsync(Organisations, new { name = "Corrected", kind = "other" }, "fix-and-retry");
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        using var retried = await client.PostJsonAsync(Organisations, new { name = "Corrected", kind = "other" }, "fix-and-retry");
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(["true"], retried.Headers.GetValues("Idempotency-Replayed"));
        // From now on the key belongs to the corrected request.
        using var refusedAgain = await client.PostJsonAsync(Organisations, new { name = "", kind = "other" }, "fix-and-retry");
        await ProblemAssert.IsProblemAsync(refusedAgain, HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["Corrected"], await app.WithDbAsync(db => db.Organisations.Select(o => o.Name).ToListAsync()));
    }

    [Fact]
    public async Task A_write_whose_key_cannot_be_stored_is_rolled_back_with_it()
    {
        // As when another instance stored the key first: the insert of the key fails after the write was made.
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER refuse_keys BEFORE INSERT ON IdempotencyRecords BEGIN SELECT RAISE(ABORT, 'key taken'); END"));

        using var refused = await client.PostJsonAsync(Organisations, new { name = "Never kept", kind = "other" }, "unstorable");
        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Conflict);
        Assert.Contains("'unstorable'", problem.Str("detail"));
        Assert.Null(refused.Headers.Location);
        Assert.Equal(0, await app.WithDbAsync(db => db.Organisations.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Resource == "organisations")));
    }

    [Theory]
    [InlineData("tab\there")]
    [InlineData("Genève")]
    [InlineData(null)] // 201 characters
    public async Task A_malformed_key_is_a_400_keyed_by_the_header(string? key)
    {
        using var response = await client.PostJsonAsync(Organisations, new { name = "Never written", kind = "other" }, key ?? new string('k', 201));
        await response.AssertInvalidAsync("Idempotency-Key");
        Assert.Equal(0, await app.WithDbAsync(db => db.Organisations.CountAsync()));
    }

    [Fact]
    public async Task An_empty_key_is_a_400_keyed_by_the_header()
    {
        // HttpClient leaves an empty header out; the test server's context gets it as a client may send it.
        using var handler = app.Server.CreateHandler(http =>
        {
            http.Request.Headers["Idempotency-Key"] = "";
            http.Request.Headers["X-Api-Key"] = LetterTrackerApp.AdminKey;
        });
        using var emptyKey = new HttpClient(handler) { BaseAddress = app.Server.BaseAddress };
        using var response = await emptyKey.PostJsonAsync(Organisations, new { name = "Never written", kind = "other" });
        await response.AssertInvalidAsync("Idempotency-Key");
        Assert.Equal(0, await app.WithDbAsync(db => db.Organisations.CountAsync()));
    }

    [Fact]
    public async Task A_key_of_200_printable_characters_is_accepted_and_two_values_are_not()
    {
        var longest = string.Concat(Enumerable.Repeat("Az09 ~!", 29))[..200];
        using var accepted = await client.PostJsonAsync(Organisations, new { name = "Longest key", kind = "other" }, longest);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(longest, await app.WithDbAsync(db => db.IdempotencyRecords.Select(r => r.Key).SingleAsync()));

        using var request = new HttpRequestMessage(HttpMethod.Post, Organisations)
        {
            Content = new StringContent("""{"name":"Two keys","kind":"other"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", ["one", "two"]);
        using var twoKeys = await client.SendAsync(request);
        await twoKeys.AssertInvalidAsync("Idempotency-Key");
    }

    [Fact]
    public async Task A_key_expires_after_its_lifetime_then_it_is_new_and_expired_records_are_removed()
    {
        using var shortLived = new LetterTrackerApp(seed: false, settings: new Dictionary<string, string?> { ["Idempotency:KeyLifetimeHours"] = "2" });
        using var http = shortLived.CreateClient();
        var start = shortLived.Clock.Now;
        using var first = await http.PostJsonAsync(Organisations, new { name = "Before expiry", kind = "other" }, "expiring");
        using var other = await http.PostJsonAsync(Organisations, new { name = "Other key", kind = "other" }, "other-key");
        Assert.Equal(
            [start.AddHours(2), start.AddHours(2)],
            await shortLived.WithDbAsync(db => db.IdempotencyRecords.Select(r => r.ExpiresAt).ToListAsync()));

        shortLived.Clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1));
        using var stillReplayed = await http.PostJsonAsync(Organisations, new { name = "Before expiry", kind = "other" }, "expiring");
        Assert.Equal(["true"], stillReplayed.Headers.GetValues("Idempotency-Replayed"));
        using var stillRefused = await http.PostJsonAsync(Organisations, new { name = "After expiry", kind = "other" }, "expiring");
        await ProblemAssert.IsProblemAsync(stillRefused, HttpStatusCode.UnprocessableEntity);

        shortLived.Clock.Advance(TimeSpan.FromSeconds(1));
        using var renewed = await http.PostJsonAsync(Organisations, new { name = "After expiry", kind = "other" }, "expiring");
        Assert.Equal(HttpStatusCode.Created, renewed.StatusCode);
        Assert.False(renewed.Headers.Contains("Idempotency-Replayed"));

        // The other key's record, expired too, went with that request: only the renewed one is left.
        var left = await shortLived.WithDbAsync(db => db.IdempotencyRecords.Select(r => new { r.Key, r.ExpiresAt }).ToListAsync());
        Assert.Equal("expiring", Assert.Single(left).Key);
        Assert.Equal(start.AddHours(4), left[0].ExpiresAt);
        Assert.Equal(["Before expiry", "Other key", "After expiry"], await shortLived.WithDbAsync(db => db.Organisations.OrderBy(o => o.Id).Select(o => o.Name).ToListAsync()));
    }

    [Fact]
    public async Task Two_callers_may_use_the_same_key_for_different_requests()
    {
        // Callers are told apart by their API key.
        var (berlinKey, berlinSecret) = await app.CreateApiKeyAsync(ApiKeyRole.Editor, "Berlin");
        var (parisKey, parisSecret) = await app.CreateApiKeyAsync(ApiKeyRole.Editor, "Paris");
        using var berlin = app.CreateClient(apiKey: berlinSecret);
        using var paris = app.CreateClient(apiKey: parisSecret);
        using var fromBerlin = await berlin.PostJsonAsync(Organisations, new { name = "From Berlin", kind = "other" }, "shared-key");
        using var fromParis = await paris.PostJsonAsync(Organisations, new { name = "From Paris", kind = "other" }, "shared-key");
        Assert.Equal(HttpStatusCode.Created, fromBerlin.StatusCode);
        Assert.Equal(HttpStatusCode.Created, fromParis.StatusCode);

        using var berlinRetry = await berlin.PostJsonAsync(Organisations, new { name = "From Berlin", kind = "other" }, "shared-key");
        Assert.Equal(await AnswerAsync(fromBerlin), await AnswerAsync(berlinRetry));
        Assert.Equal(
            new[] { $"key:{berlinKey}", $"key:{parisKey}" }.Order(StringComparer.Ordinal),
            await app.WithDbAsync(db => db.IdempotencyRecords.Select(r => r.Scope).OrderBy(s => s).ToListAsync()));
    }

    [Fact]
    public async Task A_recorded_dispatch_event_is_replayed_not_recorded_twice()
    {
        var dispatch = await app.WithDbAsync(async db =>
        {
            var recorded = new Dispatch
            {
                Letter = new Letter { Subject = "Event letter", Status = LetterStatus.Sent },
                Recipient = new Recipient { Name = "OSCE", Kind = RecipientKind.Intergovernmental },
                Status = DispatchStatus.Sent,
                SentAt = new DateTimeOffset(2025, 4, 10, 9, 0, 0, TimeSpan.Zero),
            };
            db.Add(recorded);
            await db.SaveChangesAsync();
            return recorded.Id;
        });
        var events = $"/api/dispatches/{dispatch}/events";
        var delivered = new { type = "delivered", at = "2025-04-11T10:00:00+02:00" };

        using var first = await client.PostJsonAsync(events, delivered, "event-1");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        using var retry = await client.PostJsonAsync(events, delivered, "event-1");
        Assert.Equal(await AnswerAsync(first), await AnswerAsync(retry));
        Assert.Equal(["true"], retry.Headers.GetValues("Idempotency-Replayed"));

        Assert.Equal(1, await app.WithDbAsync(db => db.DispatchEvents.CountAsync()));
        var after = await client.GetObjectAsync($"/api/dispatches/{dispatch}");
        Assert.Equal("delivered", after.Str("status"));
        Assert.Equal(2, after["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_duplicate_sent_while_the_first_waits_for_its_write_turn_is_a_409_at_once()
    {
        // Another write holds the turn: the first keyed request queues behind it.
        var gate = app.Services.GetRequiredService<WriteGate>();
        var holder = new DefaultHttpContext();
        var turn = await gate.EnterAsync(holder);
        var body = new { name = "Queued organisation", kind = "other" };
        var one = client.PostJsonAsync(Organisations, body, "queued");
        var other = client.PostJsonAsync(Organisations, body, "queued");

        // Whichever claimed the key waits for the turn; the other is answered while the turn is still held.
        var early = await Task.WhenAny(one, other);
        using (var conflict = await early)
        {
            var problem = await ProblemAssert.IsProblemAsync(conflict, HttpStatusCode.Conflict);
            Assert.Contains("'queued'", problem.Str("detail"));
        }

        turn.Dispose();
        using var created = await (early == one ? other : one);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var replay = await client.PostJsonAsync(Organisations, body, "queued");
        Assert.Equal(await AnswerAsync(created), await AnswerAsync(replay));
        Assert.Equal(1, await app.WithDbAsync(db => db.Organisations.CountAsync()));
    }

    [Fact]
    public async Task The_document_shows_the_key_on_every_POST_with_its_409_and_422()
    {
        var document = await client.GetObjectAsync("/swagger/v1/swagger.json");
        var posts = document["paths"]!.AsObject()
            // Their answers hold a secret a replay would need stored (ApiKeyLifecycleTests, WebhookTests).
            .Where(p => p.Value!["post"] is not null && p.Key is not ("/api/api-keys" or "/api/webhooks"))
            .Select(p => (Path: p.Key, Operation: p.Value!["post"]!))
            .ToList();
        Assert.Contains(posts, p => p.Path == "/api/dispatches/{id}/events");
        foreach (var (path, operation) in posts)
        {
            var key = operation["parameters"]!.AsArray().SingleOrDefault(p => p.Str("name") == "Idempotency-Key");
            Assert.True(key is not null, $"POST {path} does not document Idempotency-Key");
            Assert.Equal("header", key.Str("in"));
            Assert.False(key["required"]?.GetValue<bool>() ?? false);
            foreach (var status in new[] { "409", "422" })
            {
                Assert.True(operation["responses"]![status]?["content"]?["application/problem+json"] is not null, $"POST {path} documents no {status} problem");
            }

            // An import answers 200 with what it did, a redelivery 202 (queued); every other POST creates one record (201).
            var success = path.StartsWith("/api/import/", StringComparison.Ordinal) ? "200" : path.EndsWith("/redeliver", StringComparison.Ordinal) ? "202" : "201";
            Assert.NotNull(operation["responses"]![success]!["headers"]!["Idempotency-Replayed"]);
        }
    }

    /// <summary>What a replay must repeat exactly: the status, the headers that describe the answer, the body's bytes.</summary>
    internal static async Task<Answer> AnswerAsync(HttpResponseMessage response) => new(
        response.StatusCode,
        response.Headers.Location?.ToString(),
        response.Headers.ETag?.ToString(),
        response.Content.Headers.ContentType?.ToString(),
        Convert.ToHexString(await response.Content.ReadAsByteArrayAsync()));

    internal sealed record Answer(HttpStatusCode Status, string? Location, string? ETag, string? ContentType, string BodyBytes);

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
    }
}
