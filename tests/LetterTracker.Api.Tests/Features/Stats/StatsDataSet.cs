using System.Net;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Features.Stats;

/// <summary>
/// A small data set, written through the API, whose statistics the tests compute by hand.
///
/// Recipients: Alpha (unAgency, replies due in 10 days), Bravo (ngo, 20 days), Charlie (media, the
/// default 30 days), Delta (euInstitution, never written to). Incidents: 2 killed / 3 injured /
/// civilian; killed unknown / 1 injured / civilian unknown; 0 killed / injured unknown / not civilian.
///
/// | Letter (sentOn)          | Alpha                           | Bravo                                   | Charlie               |
/// |--------------------------|---------------------------------|-----------------------------------------|-----------------------|
/// | L1 (1 Apr)               | responded 6 Apr: 5 days         | referred 4 Apr (to Delta): 3 days       | closed 15 May         |
/// | L2 (25 Apr)              | ack 27 Apr: 2 days; declined    | delivered, ack 2 May: 7 days; due 15 May| sent; due 25 May      |
/// | L3 (20 Apr)              | sent; due 30 Apr                | responded 1 May: 11 days                |                       |
/// | L4 (draft)               | draft                           |                                         | draft                 |
/// | L5 (1–14 Apr, no day)    |                                 | responded 20 Apr: delay unknown         | sent; no due date     |
///
/// Built with the clock at 15 May 2025, 12:00 UTC (no event may be in the future).
/// </summary>
public sealed class StatsDataSet
{
    public static readonly DateTimeOffset BuiltAt = new(2025, 5, 15, 12, 0, 0, TimeSpan.Zero);

    public required string Alpha { get; init; }
    public required string Bravo { get; init; }
    public required string Charlie { get; init; }
    public required string Delta { get; init; }
    public required string L1 { get; init; }
    public required string L2 { get; init; }
    public required string L3 { get; init; }
    public required string L4 { get; init; }
    public required string L5 { get; init; }

    /// <summary>Dispatch ids by (letter id, recipient id).</summary>
    public required IReadOnlyDictionary<(string Letter, string Recipient), string> Dispatches { get; init; }

    public static async Task<StatsDataSet> BuildAsync(LetterTrackerApp app)
    {
        app.Clock.Now = BuiltAt;
        using var client = app.CreateClient();
        var alpha = await RecipientAsync(client, "Alpha", "unAgency", 10);
        var bravo = await RecipientAsync(client, "Bravo", "ngo", 20);
        var charlie = await RecipientAsync(client, "Charlie", "media", null);
        var delta = await RecipientAsync(client, "Delta", "euInstitution", 30);

        await IncidentAsync(client, "First", killed: 2, injured: 3, civilian: true);
        await IncidentAsync(client, "Second", killed: null, injured: 1, civilian: null);
        await IncidentAsync(client, "Third", killed: 0, injured: null, civilian: false);

        var dispatches = new Dictionary<(string, string), string>();
        async Task<string> LetterAsync(string subject, object dates, params string[] recipients)
        {
            var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(dates, Json.Options))!.AsObject();
            body["subject"] = subject;
            body["recipientIds"] = new JsonArray([.. recipients.Select(r => JsonValue.Create(r))]);
            body["status"] ??= "sent";
            var letter = await client.CreateAsync("/api/letters", body);
            foreach (var dispatch in letter["dispatches"]!.AsArray())
            {
                dispatches[(letter.Str("id"), dispatch.Str("recipientId"))] = dispatch.Str("id");
            }

            return letter.Str("id");
        }

        var l1 = await LetterAsync("L1", new { sentOn = "2025-04-01" }, alpha, bravo, charlie);
        var l2 = await LetterAsync("L2", new { sentOn = "2025-04-25" }, alpha, bravo, charlie);
        var l3 = await LetterAsync("L3", new { sentOn = "2025-04-20" }, alpha, bravo);
        var l4 = await LetterAsync("L4", new { status = "draft" }, alpha, charlie);
        var l5 = await LetterAsync("L5", new { sentFrom = "2025-04-01", sentTo = "2025-04-14" }, bravo, charlie);

        async Task EventAsync(string letter, string recipient, object body)
        {
            using var response = await client.PostJsonAsync($"/api/dispatches/{dispatches[(letter, recipient)]}/events", body);
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }

        await EventAsync(l1, alpha, new { type = "responded", at = "2025-04-06T10:00:00+00:00" });
        await EventAsync(l1, bravo, new { type = "referred", at = "2025-04-04T10:00:00+00:00", referredToRecipientId = delta, openDispatch = false });
        await EventAsync(l1, charlie, new { type = "closed", at = "2025-05-15T10:00:00+00:00" });
        await EventAsync(l2, alpha, new { type = "acknowledged", at = "2025-04-27T10:00:00+00:00" });
        await EventAsync(l2, alpha, new { type = "declined", at = "2025-05-03T10:00:00+00:00" });
        await EventAsync(l2, bravo, new { type = "delivered", at = "2025-04-26T10:00:00+00:00" });
        await EventAsync(l2, bravo, new { type = "acknowledged", at = "2025-05-02T10:00:00+00:00" });
        await EventAsync(l3, bravo, new { type = "responded", at = "2025-05-01T10:00:00+00:00" });
        await EventAsync(l5, bravo, new { type = "responded", at = "2025-04-20T10:00:00+00:00" });

        return new StatsDataSet
        {
            Alpha = alpha,
            Bravo = bravo,
            Charlie = charlie,
            Delta = delta,
            L1 = l1,
            L2 = l2,
            L3 = l3,
            L4 = l4,
            L5 = l5,
            Dispatches = dispatches,
        };
    }

    private static async Task<string> RecipientAsync(HttpClient client, string name, string kind, int? responseDays) =>
        (await client.CreateAsync("/api/recipients", new { name, kind, responseDays })).Str("id");

    private static Task<JsonObject> IncidentAsync(HttpClient client, string title, int? killed, int? injured, bool? civilian) =>
        client.CreateAsync("/api/incidents", new
        {
            title,
            kind = "landmineExplosion",
            country = "Azerbaijan",
            district = "Aghdam",
            occurredFrom = "2025-04-06",
            occurredTo = "2025-04-07",
            killed,
            injured,
            civilian,
            description = $"{title} test incident.",
        });
}
