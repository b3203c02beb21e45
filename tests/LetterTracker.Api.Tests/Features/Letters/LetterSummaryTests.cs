using System.Net;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Features.Letters;

/// <summary>A letter list item is a summary: its counts follow the letter's dispatches as they move, and agree with the full record.</summary>
public sealed class LetterSummaryTests : IDisposable
{
    private readonly LetterTrackerApp app = new(seed: false);
    private readonly HttpClient client;

    public LetterSummaryTests()
    {
        app.Clock.Now = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
        client = app.CreateClient();
    }

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Counts_follow_the_dispatches_and_overdue_moves_with_the_clock()
    {
        async Task<string> Recipient(int responseDays) =>
            (await client.CreateAsync("/api/recipients", new { name = $"Recipient {Guid.NewGuid():N}", kind = "unAgency", responseDays })).Str("id");
        var organisation = (await client.CreateAsync("/api/organisations", new { name = "Summary test organisation", kind = "diasporaOrganisation" })).Str("id");
        // Sent on 2025-05-01: due 2025-05-11, 2025-05-31 and 2025-06-30; today is 2025-06-01.
        string[] recipients = [await Recipient(10), await Recipient(30), await Recipient(60)];
        var letter = await client.CreateAsync("/api/letters", new
        {
            subject = "Summary counts",
            status = "sent",
            sentOn = "2025-05-01",
            signatoryIds = new[] { organisation },
            recipientIds = recipients,
        });
        var first = letter["dispatches"]!.AsArray().Single(d => d.Str("recipientId") == recipients[0]).Str("id");
        var draft = await client.CreateAsync("/api/letters", new { subject = "An empty draft", status = "draft" });

        var item = await ListedAsync(letter.Str("id"));
        Assert.Equal(1, item["signatoryCount"]!.GetValue<int>());
        Assert.Equal(3, item["recipientCount"]!.GetValue<int>());
        Assert.Equal(3, item["dispatchCounts"]!["sent"]!.GetValue<int>());
        Assert.Equal(2, item["overdueCount"]!.GetValue<int>());
        Assert.False(item.ContainsKey("dispatches"));

        using (var answered = await client.PostJsonAsync($"/api/dispatches/{first}/events", new { type = "responded", at = "2025-05-20T10:00:00+00:00" }))
        {
            Assert.Equal(HttpStatusCode.Created, answered.StatusCode);
        }

        item = await ListedAsync(letter.Str("id"));
        Assert.Equal(2, item["dispatchCounts"]!["sent"]!.GetValue<int>());
        Assert.Equal(1, item["dispatchCounts"]!["responded"]!.GetValue<int>());
        Assert.Equal(1, item["overdueCount"]!.GetValue<int>());

        app.Clock.Now = new DateTimeOffset(2025, 7, 1, 0, 1, 0, TimeSpan.Zero);
        item = await ListedAsync(letter.Str("id"));
        Assert.Equal(2, item["overdueCount"]!.GetValue<int>());
        var full = await client.GetObjectAsync($"/api/letters/{letter.Str("id")}");
        foreach (var count in new[] { "signatoryCount", "recipientCount", "dispatchCounts", "overdueCount" })
        {
            Assert.Equal(full[count]!.ToJsonString(), item[count]!.ToJsonString());
        }

        var empty = await ListedAsync(draft.Str("id"));
        Assert.Equal(0, empty["recipientCount"]!.GetValue<int>());
        Assert.All(empty["dispatchCounts"]!.AsObject(), status => Assert.Equal(0, status.Value!.GetValue<int>()));
    }

    private async Task<System.Text.Json.Nodes.JsonObject> ListedAsync(string id) =>
        (await client.GetAllAsync("/api/letters")).Single(l => l.Str("id") == id);
}
