using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Features.Recipients;

public sealed class RecipientReplyWindowTests
{
    [Fact]
    public async Task Changing_a_recipients_reply_window_redates_its_dispatches()
    {
        using var app = new LetterTrackerApp(seed: false);
        app.Clock.Now = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        using var client = app.CreateClient();
        var recipient = await client.CreateAsync("/api/recipients", new { name = "Reply window test body", kind = "ngo", responseDays = 10 });
        var letter = await client.CreateAsync("/api/letters", new { subject = "Dated letter", status = "sent", sentOn = "2025-01-01", recipientIds = new[] { recipient.Str("id") } });
        Assert.Equal("2025-01-11", letter["dispatches"]![0].Str("dueOn"));

        using var patched = await client.PatchJsonAsync($"/api/recipients/{recipient.Str("id")}", new { responseDays = 100 }, "\"1\"");
        patched.EnsureSuccessStatusCode();

        var dispatch = Assert.Single(await client.GetAllAsync($"/api/letters/{letter.Str("id")}/dispatches"));
        Assert.Equal("2025-04-11", dispatch.Str("dueOn"));
        Assert.True(dispatch["overdue"]!.GetValue<bool>()); // due 11 April; today is 1 June

    }
}
