using System.Net;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Integrity;

/// <summary>
/// One client of the crash test: sends writes one after another, of kinds and on records its seeded
/// Random picks from what the ledger knows, until a request fails because the server is gone; that
/// request is recorded as in flight.
/// </summary>
public sealed class CrashWriter(int writer, CrashLedger ledger, Random random, HttpClient client)
{
    private int sequence;

    /// <summary>The status a dispatch event moves a dispatch to (camelCase, as the API writes it); null when it leaves it as it is.</summary>
    public static string? StatusAfter(string eventType) => eventType switch
    {
        "followUpSent" or "note" => null,
        _ => eventType,
    };

    /// <summary>How far along the lifecycle a status is; the four outcomes are equally final.</summary>
    public static int Rank(string status) => status switch
    {
        "sent" => 1,
        "delivered" => 2,
        "acknowledged" => 3,
        _ => 4,
    };

    /// <summary>Forward moves the lifecycle allows from each status.</summary>
    private static readonly Dictionary<string, string[]> Next = new()
    {
        ["sent"] = ["delivered", "acknowledged", "responded", "referred", "declined", "closed"],
        ["delivered"] = ["acknowledged", "responded", "referred", "declined", "closed"],
        ["acknowledged"] = ["responded", "referred", "declined", "closed"],
    };

    public async Task RunAsync()
    {
        while (true)
        {
            var write = ledger.Read(Choose);
            HttpResponseMessage response;
            string text;
            try
            {
                response = await write.SendAsync(client);
                text = await response.Content.ReadAsStringAsync();
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                ledger.RecordInFlight(write);
                return;
            }

            using (response)
            {
                if (response.IsSuccessStatusCode)
                {
                    ledger.Record(write, text.Length == 0 ? null : JsonNode.Parse(text)!.AsObject());
                }
                else if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed)
                {
                    // Races between the clients: an event whose time another writer's event overtook, a move
                    // another writer made first, a letter naming an organisation deleted meanwhile.
                    ledger.RecordRefused();
                }
                else
                {
                    ledger.RecordUnexpected(write, response.StatusCode, text);
                }
            }
        }
    }

    /// <summary>The next write, on records the ledger knows; called under the ledger's lock.</summary>
    public CrashWrite Choose(CrashLedger known)
    {
        var write = ChooseWrite(known);
        // Every POST carries a key of its own, from the seeded Random.
        return write is PatchOrganisation or DeleteOrganisation ? write : write with { IdempotencyKey = $"crash-{new Guid(Bytes(16))}" };
    }

    private CrashWrite ChooseWrite(CrashLedger known)
    {
        var marker = $"w{writer}-{++sequence}-{random.Next():x8}";
        var roll = random.Next(100);
        var own = known.Organisations.Where(o => o.Value.Owner == writer).Select(o => o.Key).Order().ToList();
        var organisations = known.Organisations.Keys.Order().ToList();
        var recipients = known.Recipients.Keys.Order().ToList();

        if (roll < 10 && own.Count > 0)
        {
            var id = own[random.Next(own.Count)];
            return new PatchOrganisation(writer, id, known.Organisations[id].Body["version"]!.GetValue<long>(), $"Città {marker}");
        }

        if (roll < 15 && own.Where(id => !known.Signed.Contains(id)).ToList() is { Count: > 0 } unsigned)
        {
            var id = unsigned[random.Next(unsigned.Count)];
            return new DeleteOrganisation(id, known.Organisations[id].Body["version"]!.GetValue<long>());
        }

        if ((roll < 25 && recipients.Count < 40) || recipients.Count < 6)
        {
            return new CreateRecipient($"Recipient {marker}");
        }

        if (roll < 50 && organisations.Count > 0)
        {
            var signatories = Pick(organisations, random.Next(1, 4));
            known.Signed.UnionWith(signatories);
            return new CreateLetter($"Letter {marker} – “crash” test ✉", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), signatories, Pick(recipients, random.Next(2, 6)));
        }

        var open = known.Dispatches.Where(d => Next.ContainsKey(d.Value.Status)).Select(d => d.Key).Order().ToList();
        if (roll >= 50 && open.Count > 0)
        {
            var dispatchId = open[random.Next(open.Count)];
            var (letterId, _, status) = known.Dispatches[dispatchId];
            var at = DateTimeOffset.UtcNow.AddSeconds(-1);
            var note = $"Event {marker}: réponse ✓";
            if (random.Next(4) == 0)
            {
                return new RecordEvent(dispatchId, random.Next(2) == 0 ? "note" : "followUpSent", at, note, null);
            }

            // Mostly the next step, now and then a jump ahead; a referral opens a dispatch to a body the letter has not gone to.
            var moves = Next[status];
            var type = moves[random.Next(2) == 0 ? 0 : random.Next(moves.Length)];
            var elsewhere = recipients.Except(known.Dispatches.Values.Where(d => d.LetterId == letterId).Select(d => d.RecipientId)).ToList();
            Guid? referredTo = type == "referred" && elsewhere.Count > 0 ? elsewhere[random.Next(elsewhere.Count)] : null;
            return new RecordEvent(dispatchId, type, at, note, referredTo);
        }

        return new CreateOrganisation(writer, $"Organisation {marker}", "Baku");
    }

    private Guid[] Pick(List<Guid> from, int count) => [.. from.OrderBy(_ => random.Next()).Take(count)];

    private byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
