using System.Net;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Integrity;

/// <summary>
/// What the server answered with a 2xx, as the clients saw it, and the writes that were in flight when
/// it died (answered or not, committed or not: <see cref="SettleAsync"/> finds out after the restart).
/// Shared by the writers of a round; every member is read and changed under its lock.
/// </summary>
public sealed class CrashLedger
{
    private readonly Lock gate = new();
    private readonly List<CrashWrite> inFlight = [];

    /// <summary>Each organisation as last answered, by id, with the writer that owns it (only it patches and deletes it).</summary>
    public Dictionary<Guid, (JsonObject Body, int Owner)> Organisations { get; } = [];

    /// <summary>Organisations named by a letter (answered or in flight): never deleted, so that letter stands.</summary>
    public HashSet<Guid> Signed { get; } = [];

    /// <summary>Deleted organisations, with the version they had when deleted.</summary>
    public Dictionary<Guid, long> DeletedOrganisations { get; } = [];

    public Dictionary<Guid, JsonObject> Recipients { get; } = [];

    /// <summary>Each letter with the signatories and recipients its POST asked for, and its 201 body.</summary>
    public Dictionary<Guid, (Guid[] SignatoryIds, Guid[] RecipientIds, JsonObject Body)> Letters { get; } = [];

    /// <summary>Every dispatch a 2xx made known: letter, recipient, and the furthest status its answered events moved it to.</summary>
    public Dictionary<Guid, (Guid LetterId, Guid RecipientId, string Status)> Dispatches { get; } = [];

    /// <summary>Each event as its 201 answered it; events never change.</summary>
    public Dictionary<Guid, JsonObject> Events { get; } = [];

    /// <summary>Answers no write may get: a 5xx, or a status the write cannot produce.</summary>
    public List<string> Unexpected { get; } = [];

    public int Answered { get; private set; }

    /// <summary>Writes refused because another client's write came first (400, 409, 412).</summary>
    public int Refused { get; private set; }

    public T Read<T>(Func<CrashLedger, T> read)
    {
        lock (gate)
        {
            return read(this);
        }
    }

    public void Record(CrashWrite write, JsonObject? body)
    {
        lock (gate)
        {
            write.Answered(this, body);
            Answered++;
        }
    }

    public void RecordRefused()
    {
        lock (gate)
        {
            Refused++;
        }
    }

    public void RecordInFlight(CrashWrite write)
    {
        lock (gate)
        {
            inFlight.Add(write);
        }
    }

    public void RecordUnexpected(CrashWrite write, HttpStatusCode status, string body)
    {
        lock (gate)
        {
            Unexpected.Add($"{write}: {(int)status} {body}");
        }
    }

    public int InFlightCount
    {
        get { lock (gate) { return inFlight.Count; } }
    }

    /// <summary>
    /// After the restart: each write that was in flight is looked up and, if it committed, recorded as if
    /// answered. A POST is then sent again with its Idempotency-Key, as a client retries: one that
    /// committed must be replayed (its key committed with it), one that did not is done now.
    /// </summary>
    public async Task<(int Committed, int Replayed)> SettleAsync(HttpClient client, CrashDatabase database)
    {
        List<CrashWrite> writes;
        lock (gate)
        {
            writes = [.. inFlight];
            inFlight.Clear();
        }

        var (committed, replayed) = (0, 0);
        foreach (var write in writes)
        {
            var found = await write.FindCommittedAsync(client, database);
            if (found is not null)
            {
                Record(write, found.Body);
                committed++;
            }

            if (write.IdempotencyKey is null)
            {
                continue;
            }

            using var retry = await write.SendAsync(client);
            var text = await retry.Content.ReadAsStringAsync();
            var replay = retry.Headers.TryGetValues("Idempotency-Replayed", out var values) && values.Single() == "true";
            if (found is not null)
            {
                Assert.True(replay && retry.IsSuccessStatusCode, $"{write} committed before the crash, but its retry was not replayed: {(int)retry.StatusCode} {text}");
                Assert.Equal(found.Body.Str("id"), JsonNode.Parse(text).Str("id"));
                replayed++;
            }
            else if (retry.IsSuccessStatusCode)
            {
                Assert.False(replay, $"{write} did not commit before the crash, but its retry was a replay: {text}");
                Record(write, JsonNode.Parse(text)!.AsObject());
            }
        }

        return (committed, replayed);
    }
}

/// <summary>One write a crash-test client sends; unique names and notes let it be found after a crash.</summary>
public abstract record CrashWrite
{
    /// <summary>The Idempotency-Key a POST is sent with, the same on its retry; null for other methods.</summary>
    public string? IdempotencyKey { get; init; }

    public abstract Task<HttpResponseMessage> SendAsync(HttpClient client);

    /// <summary>Records the 2xx answer (null body for 204) in the ledger; called under its lock.</summary>
    public abstract void Answered(CrashLedger ledger, JsonObject? body);

    /// <summary>Whether the write committed though its answer never arrived; what a GET answers now when it did.</summary>
    public abstract Task<Committed?> FindCommittedAsync(HttpClient client, CrashDatabase database);

    public sealed record Committed(JsonObject? Body);

    protected static async Task<Committed?> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return response.StatusCode == HttpStatusCode.NotFound ? null : new Committed(await response.ReadObjectAsync());
    }
}

public sealed record CreateOrganisation(int Writer, string Name, string City) : CrashWrite
{
    public override Task<HttpResponseMessage> SendAsync(HttpClient client) =>
        client.PostJsonAsync("/api/organisations", new { name = Name, kind = "diasporaOrganisation", city = City, aliases = new[] { Name + " (alias)" } }, IdempotencyKey!);

    public override void Answered(CrashLedger ledger, JsonObject? body) =>
        ledger.Organisations[Guid.Parse(body.Str("id"))] = (body!, Writer);

    public override async Task<Committed?> FindCommittedAsync(HttpClient client, CrashDatabase database) =>
        await database.IdWhereAsync("Organisations", "Name", Name) is { } id ? await GetAsync(client, $"/api/organisations/{id}") : null;
}

public sealed record PatchOrganisation(int Writer, Guid Id, long Version, string City) : CrashWrite
{
    public override Task<HttpResponseMessage> SendAsync(HttpClient client) =>
        client.PatchJsonAsync($"/api/organisations/{Id}", new { city = City }, $"\"{Version}\"");

    public override void Answered(CrashLedger ledger, JsonObject? body) => ledger.Organisations[Id] = (body!, Writer);

    public override async Task<Committed?> FindCommittedAsync(HttpClient client, CrashDatabase database) =>
        await GetAsync(client, $"/api/organisations/{Id}") is { } now && now.Body.StrOrNull("city") == City ? now : null;
}

public sealed record DeleteOrganisation(Guid Id, long Version) : CrashWrite
{
    public override Task<HttpResponseMessage> SendAsync(HttpClient client) => client.DeleteAsync($"/api/organisations/{Id}", $"\"{Version}\"");

    public override void Answered(CrashLedger ledger, JsonObject? body)
    {
        ledger.Organisations.Remove(Id);
        ledger.DeletedOrganisations[Id] = Version;
    }

    public override async Task<Committed?> FindCommittedAsync(HttpClient client, CrashDatabase database) =>
        await GetAsync(client, $"/api/organisations/{Id}") is null ? new Committed(null) : null;
}

public sealed record CreateRecipient(string Name) : CrashWrite
{
    public override Task<HttpResponseMessage> SendAsync(HttpClient client) =>
        client.PostJsonAsync("/api/recipients", new { name = Name, kind = "ngo", responseDays = 30, country = "Österreich" }, IdempotencyKey!);

    public override void Answered(CrashLedger ledger, JsonObject? body) => ledger.Recipients[Guid.Parse(body.Str("id"))] = body!;

    public override async Task<Committed?> FindCommittedAsync(HttpClient client, CrashDatabase database) =>
        await database.IdWhereAsync("Recipients", "Name", Name) is { } id ? await GetAsync(client, $"/api/recipients/{id}") : null;
}

public sealed record CreateLetter(string Subject, DateOnly SentOn, Guid[] SignatoryIds, Guid[] RecipientIds) : CrashWrite
{
    public override Task<HttpResponseMessage> SendAsync(HttpClient client) => client.PostJsonAsync("/api/letters", new
    {
        subject = Subject,
        status = "sent",
        sentOn = SentOn,
        language = "en",
        demands = new[] { "an answer", "a meeting" },
        signatoryIds = SignatoryIds,
        recipientIds = RecipientIds,
    }, IdempotencyKey!);

    public override void Answered(CrashLedger ledger, JsonObject? body)
    {
        var id = Guid.Parse(body.Str("id"));
        ledger.Letters[id] = (SignatoryIds, RecipientIds, body!);
        foreach (var dispatch in body!["dispatches"]!.AsArray())
        {
            ledger.Dispatches[Guid.Parse(dispatch.Str("id"))] = (id, Guid.Parse(dispatch.Str("recipientId")), dispatch.Str("status"));
        }
    }

    public override async Task<Committed?> FindCommittedAsync(HttpClient client, CrashDatabase database) =>
        await database.IdWhereAsync("Letters", "Subject", Subject) is { } id ? await GetAsync(client, $"/api/letters/{id}") : null;
}

public sealed record RecordEvent(Guid DispatchId, string Type, DateTimeOffset At, string Note, Guid? ReferredToRecipientId) : CrashWrite
{
    public override Task<HttpResponseMessage> SendAsync(HttpClient client) =>
        client.PostJsonAsync($"/api/dispatches/{DispatchId}/events", new { type = Type, at = At, note = Note, referredToRecipientId = ReferredToRecipientId }, IdempotencyKey!);

    public override void Answered(CrashLedger ledger, JsonObject? body)
    {
        ledger.Events[Guid.Parse(body.Str("id"))] = body!;
        var (letterId, recipientId, status) = ledger.Dispatches[DispatchId];
        // Answers may arrive in another order than their commits; statuses only move forward, so the furthest counts.
        var after = CrashWriter.StatusAfter(Type) ?? status;
        ledger.Dispatches[DispatchId] = (letterId, recipientId, CrashWriter.Rank(after) > CrashWriter.Rank(status) ? after : status);
        if (body.StrOrNull("openedDispatchId") is { } opened)
        {
            ledger.Dispatches[Guid.Parse(opened)] = (letterId, ReferredToRecipientId!.Value, "sent");
        }
    }

    public override async Task<Committed?> FindCommittedAsync(HttpClient client, CrashDatabase database) =>
        await database.IdWhereAsync("DispatchEvents", "Note", Note) is { } id ? await GetAsync(client, $"/api/dispatches/{DispatchId}/events/{id}") : null;
}
