using System.Net;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Features;

public sealed class DispatchEventReadTests
{
    [Fact]
    public async Task A_dispatchs_events_are_listed_in_order_and_each_can_be_read()
    {
        using var app = new LetterTrackerApp();
        var (dispatchId, otherDispatchId) = await app.WithDbAsync(async db =>
        {
            var dispatches = await db.Dispatches.OrderBy(d => d.Id).Take(2).ToListAsync();
            // Recorded out of order: the note about the 16th first, then what happened on the 15th,
            // two of them at the same instant.
            db.DispatchEvents.Add(new DispatchEvent { DispatchId = dispatches[0].Id, Type = DispatchEventType.Note, At = new DateTimeOffset(2025, 4, 16, 8, 30, 0, TimeSpan.Zero), Note = "Receipt confirmed by phone." });
            await db.SaveChangesAsync();
            db.DispatchEvents.AddRange(
                new DispatchEvent { DispatchId = dispatches[0].Id, Type = DispatchEventType.Delivered, At = new DateTimeOffset(2025, 4, 15, 10, 0, 0, TimeSpan.FromHours(2)) },
                new DispatchEvent { DispatchId = dispatches[0].Id, Type = DispatchEventType.Acknowledged, At = new DateTimeOffset(2025, 4, 15, 8, 0, 0, TimeSpan.Zero) });
            await db.SaveChangesAsync();
            return (dispatches[0].Id, dispatches[1].Id);
        });
        using var client = app.CreateClient();

        // Paged one at a time, the history still reads in the order things happened, ties by id.
        var events = await client.GetAllAsync($"/api/dispatches/{dispatchId}/events", limit: 1);
        Assert.Equal(3, events.Count);
        Assert.Equal("note", events[2].Str("type"));
        Assert.Equal(["acknowledged", "delivered"], events.Take(2).Select(e => e.Str("type")).Order());
        Assert.True(string.CompareOrdinal(events[0].Str("id"), events[1].Str("id")) < 0);
        Assert.All(events.Take(2), e => Assert.Equal("2025-04-15T08:00:00+00:00", e.Str("at"))); // the instant, in UTC
        Assert.Equal("Receipt confirmed by phone.", events[2].Str("note"));
        Assert.Equal(3, (await client.GetObjectAsync($"/api/dispatches/{dispatchId}"))["eventCount"]!.GetValue<int>());

        // A cursor issued by a list in another order is refused, not misread.
        var byId = await client.GetObjectAsync("/api/dispatches?limit=1");
        using var foreign = await client.GetAsync($"/api/dispatches/{dispatchId}/events?cursor={byId.Str("nextCursor")}");
        await ProblemAssert.IsProblemAsync(foreign, HttpStatusCode.BadRequest);

        using var one = await client.GetAsync($"/api/dispatches/{dispatchId}/events/{events[2].Str("id")}");
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.NotNull(one.Headers.ETag);

        // An event is found only under its own dispatch.
        using var elsewhere = await client.GetAsync($"/api/dispatches/{otherDispatchId}/events/{events[2].Str("id")}");
        await ProblemAssert.IsProblemAsync(elsewhere, HttpStatusCode.NotFound);
        Assert.Empty(await client.GetAllAsync($"/api/dispatches/{otherDispatchId}/events"));
        using var unknown = await client.GetAsync($"/api/dispatches/{Guid.CreateVersion7()}/events");
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound);
    }
}
