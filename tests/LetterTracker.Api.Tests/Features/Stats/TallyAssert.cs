using LetterTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Features.Stats;

public static class TallyAssert
{
    /// <summary>The counters (zero rows left out: a counter may fall to zero and stay) against the live count.</summary>
    public static async Task MatchesDispatchesAsync(LetterTrackerDbContext db, string step)
    {
        var tallies = await db.DispatchTallies.Where(t => t.Count != 0)
            .Select(t => new { t.RecipientId, t.Status, t.Count }).ToListAsync();
        var grouped = await db.Dispatches.GroupBy(d => new { d.RecipientId, d.Status })
            .Select(g => new { g.Key.RecipientId, g.Key.Status, Count = g.Count() }).ToListAsync();
        Assert.True(
            grouped.Select(g => $"{g.RecipientId} {g.Status} {g.Count}").Order().SequenceEqual(tallies.Select(t => $"{t.RecipientId} {t.Status} {t.Count}").Order()),
            $"After {step}: tallies [{string.Join(", ", tallies)}] differ from dispatches [{string.Join(", ", grouped)}]");
    }
}
