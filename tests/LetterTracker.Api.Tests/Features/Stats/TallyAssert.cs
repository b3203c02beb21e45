using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Features.Stats;

public static class TallyAssert
{
    /// <summary>
    /// The counters (zero rows left out: a counter may fall to zero and stay) against the live count,
    /// and every other counter kept by triggers (the dispatch counters, LetterTallies and each letter's
    /// LetterDispatchTallies row) exactly.
    /// </summary>
    public static async Task MatchesDispatchesAsync(LetterTrackerDbContext db, string step)
    {
        var tallies = await db.DispatchTallies.Where(t => t.Count != 0)
            .Select(t => new { t.RecipientId, t.Status, t.Count }).ToListAsync();
        var grouped = await db.Dispatches.GroupBy(d => new { d.RecipientId, d.Status })
            .Select(g => new { g.Key.RecipientId, g.Key.Status, Count = g.Count() }).ToListAsync();
        Assert.True(
            grouped.Select(g => $"{g.RecipientId} {g.Status} {g.Count}").Order().SequenceEqual(tallies.Select(t => $"{t.RecipientId} {t.Status} {t.Count}").Order()),
            $"After {step}: tallies [{string.Join(", ", tallies)}] differ from dispatches [{string.Join(", ", grouped)}]");
        await MatchesAsync(step, "awaiting replies",
            db.AwaitingReplyTallies.Select(t => new { t.RecipientId, t.DueOn, t.Count }),
            db.Dispatches.Where(d => d.DueOn != null && AwaitingReply.Statuses.Contains(d.Status)).GroupBy(d => new { d.RecipientId, DueOn = d.DueOn!.Value })
                .Select(g => new { g.Key.RecipientId, g.Key.DueOn, Count = g.Count() }));
        var awaiting = db.Dispatches.Where(d => d.DueOn != null && AwaitingReply.Statuses.Contains(d.Status));
        await MatchesAsync(step, "awaiting replies by due day",
            db.AwaitingReplyDayTallies.Select(t => new { t.DueOn, t.Count }),
            awaiting.GroupBy(d => d.DueOn!.Value).Select(g => new { DueOn = g.Key, Count = g.Count() }));
        await MatchesAsync(step, "awaiting replies by recipient",
            db.AwaitingReplyTotals.Select(t => new { t.RecipientId, t.Count }),
            awaiting.GroupBy(d => d.RecipientId).Select(g => new { RecipientId = g.Key, Count = g.Count() }));
        await MatchesAsync(step, "letters by status",
            db.LetterTallies.Select(t => new { t.Status, t.Count }),
            db.Letters.GroupBy(l => l.Status).Select(g => new { Status = g.Key, Count = g.Count() }));
        // A letter keeps its row when its dispatches go (all zeros): compared without those.
        await MatchesAsync(step, "dispatches by letter",
            db.LetterDispatchTallies
                .Where(t => t.Draft + t.Sent + t.Delivered + t.Acknowledged + t.Responded + t.Referred + t.Declined + t.Closed != 0)
                .Select(t => new { t.LetterId, t.Draft, t.Sent, t.Delivered, t.Acknowledged, t.Responded, t.Referred, t.Declined, t.Closed }),
            db.Dispatches.GroupBy(d => d.LetterId).Select(g => new
            {
                LetterId = g.Key,
                Draft = g.Count(d => d.Status == DispatchStatus.Draft),
                Sent = g.Count(d => d.Status == DispatchStatus.Sent),
                Delivered = g.Count(d => d.Status == DispatchStatus.Delivered),
                Acknowledged = g.Count(d => d.Status == DispatchStatus.Acknowledged),
                Responded = g.Count(d => d.Status == DispatchStatus.Responded),
                Referred = g.Count(d => d.Status == DispatchStatus.Referred),
                Declined = g.Count(d => d.Status == DispatchStatus.Declined),
                Closed = g.Count(d => d.Status == DispatchStatus.Closed),
            }));
        await MatchesAsync(step, "reply delays",
            db.ReplyDelayTallies.Select(t => new { t.RecipientId, t.Days, t.Count }),
            db.Dispatches.Where(d => d.DaysToFirstReply != null).GroupBy(d => new { d.RecipientId, Days = d.DaysToFirstReply!.Value })
                .Select(g => new { g.Key.RecipientId, g.Key.Days, Count = g.Count() }));
    }

    /// <summary>A counter against the live count, exactly: the triggers delete a row that falls to zero.</summary>
    private static async Task MatchesAsync<T>(string step, string counter, IQueryable<T> tallies, IQueryable<T> live)
    {
        var (kept, counted) = ((await tallies.ToListAsync()).Select(t => $"{t}").Order().ToList(), (await live.ToListAsync()).Select(t => $"{t}").Order().ToList());
        Assert.True(kept.SequenceEqual(counted), $"After {step}: {counter} [{string.Join(", ", kept)}] differ from dispatches [{string.Join(", ", counted)}]");
    }
}
