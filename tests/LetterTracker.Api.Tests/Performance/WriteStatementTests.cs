using System.Net;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace LetterTracker.Api.Tests.Performance;

/// <summary>
/// Writes stay lean (issue 12): a letter with ten recipients, or an event, is a handful of statements
/// on one connection in one transaction, whatever the number of ids it names. These tests fail when a
/// write grows statements (a query per id, a re-read of what was just written).
/// </summary>
public sealed class WriteStatementTests : IDisposable
{
    private readonly LetterTrackerApp app = new(seed: false);
    private readonly DatabaseTraffic traffic = new();
    private readonly WebApplicationFactory<Program> counted;
    private readonly HttpClient client;
    private readonly ITestOutputHelper output;

    public WriteStatementTests(ITestOutputHelper output)
    {
        this.output = output;
        app.Clock.Now = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
        counted = traffic.Attach(app);
        client = counted.CreateClient();
    }

    [Fact]
    public async Task A_letter_with_ten_recipients_is_one_query_per_referenced_type_on_one_connection()
    {
        var (signatory, recipients) = await ArrangeAsync();
        await CreateLetterAsync(signatory, recipients); // the first request builds the model and caches queries

        traffic.Reset();
        await CreateLetterAsync(signatory, recipients);

        output.WriteLine(traffic.ToString());
        // 1 the API key, 1 the signatories and 1 the recipients named (whatever their number), then
        // SAVEPOINT, 13 INSERTs (the audit entry, the letter, 10 dispatches, 1 signatory link) and
        // RELEASE, then 2 to read the letter back as a GET shows it (the letter, then its signatories,
        // incidents, casualty figures, dispatches and citations in one query); and 1 for the webhook
        // subscriptions, whose deliveries (none here) the outbox writes in the same transaction.
        Assert.True(traffic.Commands.Count <= 21, traffic.ToString());
        // None: the API key's lookup and the write share the connection the first request opened, kept open.
        Assert.Equal(0, traffic.ConnectionOpens);
        Assert.Equal(1, traffic.Transactions);
    }

    [Fact]
    public async Task A_keyed_letter_stores_its_key_in_the_same_transaction()
    {
        var (signatory, recipients) = await ArrangeAsync();
        await CreateLetterAsync(signatory, recipients, idempotencyKey: "warm-up");

        traffic.Reset();
        await CreateLetterAsync(signatory, recipients, idempotencyKey: "letter-1");

        output.WriteLine(traffic.ToString());
        // As above, and the key's lookup, the sweep of expired keys and the key's SAVEPOINT, INSERT and RELEASE.
        Assert.True(traffic.Commands.Count <= 21 + 5, traffic.ToString());
        Assert.Equal(0, traffic.ConnectionOpens);
        Assert.Equal(1, traffic.Transactions);
    }

    [Fact]
    public async Task An_event_is_a_few_statements_on_one_connection()
    {
        var (signatory, recipients) = await ArrangeAsync();
        var letter = await CreateLetterAsync(signatory, recipients);
        var dispatches = letter["dispatches"]!.AsArray().Select(d => d.Str("id")).ToList();
        await PostEventAsync(dispatches[0], new { type = "note", at = "2025-05-02T10:00:00+00:00", note = "warm-up" });
        await PostEventAsync(dispatches[0], new { type = "delivered", at = "2025-05-02T10:00:00+00:00" });

        traffic.Reset();
        await PostEventAsync(dispatches[1], new { type = "note", at = "2025-05-02T10:00:00+00:00", note = "Called them." });
        output.WriteLine(traffic.ToString());
        // 1 the API key, 1 the dispatch with its letter and recipient, SAVEPOINT, 3 to save (INSERT
        // the event, INSERT the audit entry, UPDATE the dispatch's version) and RELEASE; the answer is
        // the event as saved, not read back (only a referral's is).
        Assert.True(traffic.Commands.Count <= 7, traffic.ToString());
        Assert.Equal(0, traffic.ConnectionOpens);
        Assert.Equal(1, traffic.Transactions);

        traffic.Reset();
        await PostEventAsync(dispatches[2], new { type = "responded", at = "2025-05-03T10:00:00+00:00", responseSummary = "They will look into it." });
        output.WriteLine(traffic.ToString());
        // As a note, and 1 for the dispatch's last status change (a status cannot go back in time); an
        // outcome also asks whether another dispatch of the letter is still open and UPDATEs the letter
        // (its version, and its status when none is): 2 more; and a status change is a webhook event, so
        // 1 for the subscriptions the outbox writes it for.
        Assert.True(traffic.Commands.Count <= 11, traffic.ToString());
        Assert.Equal(0, traffic.ConnectionOpens);
        Assert.Equal(1, traffic.Transactions);
    }

    private Task<(Guid Signatory, List<Guid> Recipients)> ArrangeAsync() => app.WithDbAsync(async db =>
    {
        var signatory = new Organisation { Name = "Prague Azerbaijani Culture House", Kind = OrganisationKind.DiasporaOrganisation };
        var recipients = Enumerable.Range(1, 10)
            .Select(i => new Recipient { Name = $"Recipient {i}", Kind = RecipientKind.Ngo, ResponseDays = i % 2 == 0 ? 14 : null })
            .ToList();
        db.Organisations.Add(signatory);
        db.Recipients.AddRange(recipients);
        await db.SaveChangesAsync();
        return (signatory.Id, recipients.Select(r => r.Id).ToList());
    });

    private async Task<JsonObject> CreateLetterAsync(Guid signatory, List<Guid> recipients, string? idempotencyKey = null)
    {
        var letter = new
        {
            subject = "Protest after the mine explosions",
            demands = new[] { "immediate action" },
            sentOn = "2025-05-01",
            status = "sent",
            signatoryIds = new[] { signatory },
            recipientIds = recipients,
        };
        using var response = idempotencyKey is null
            ? await client.PostJsonAsync("/api/letters", letter)
            : await client.PostJsonAsync("/api/letters", letter, idempotencyKey);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private async Task PostEventAsync(string dispatchId, object body)
    {
        using var response = await client.PostJsonAsync($"/api/dispatches/{dispatchId}/events", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    public void Dispose()
    {
        client.Dispose();
        counted.Dispose();
        app.Dispose();
    }
}
