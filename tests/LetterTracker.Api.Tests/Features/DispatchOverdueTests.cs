using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Features;

public sealed class DispatchOverdueTests
{
    [Fact]
    public async Task Overdue_is_computed_from_due_date_status_and_todays_clock()
    {
        using var app = new LetterTrackerApp();
        app.Clock.Now = new DateTimeOffset(2025, 5, 14, 12, 0, 0, TimeSpan.Zero);
        var (awaiting, answered) = await app.WithDbAsync(async db =>
        {
            var dispatches = await db.Dispatches.OrderBy(d => d.Id).Take(2).ToListAsync();
            dispatches[0].DueOn = new DateOnly(2025, 5, 14);
            dispatches[1].DueOn = new DateOnly(2025, 5, 1);
            dispatches[1].Status = DispatchStatus.Responded;
            await db.SaveChangesAsync();
            return (dispatches[0].Id, dispatches[1].Id);
        });
        using var client = app.CreateClient();

        // Due today: not yet overdue. An answered dispatch is never overdue.
        Assert.False((await client.GetObjectAsync($"/api/dispatches/{awaiting}"))["overdue"]!.GetValue<bool>());
        Assert.False((await client.GetObjectAsync($"/api/dispatches/{answered}"))["overdue"]!.GetValue<bool>());

        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.True((await client.GetObjectAsync($"/api/dispatches/{awaiting}"))["overdue"]!.GetValue<bool>());
        Assert.False((await client.GetObjectAsync($"/api/dispatches/{answered}"))["overdue"]!.GetValue<bool>());

        var listed = Assert.Single(await client.GetAllAsync("/api/letters"));
        Assert.Equal(1, listed["overdueCount"]!.GetValue<int>());
        var letter = await client.GetObjectAsync($"/api/letters/{listed.Str("id")}");
        var shown = letter["dispatches"]!.AsArray().Single(d => d.Str("id") == awaiting.ToString());
        Assert.True(shown!["overdue"]!.GetValue<bool>());
        Assert.Equal("2025-05-14", shown.Str("dueOn"));
    }
}
