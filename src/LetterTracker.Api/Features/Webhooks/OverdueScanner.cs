using LetterTracker.Api.Features.Dispatches;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Webhooks;

/// <summary>
/// dispatch.overdue, once per dispatch when its due day has passed without an answer: day by day, the
/// dispatches awaiting a reply that were due on that day (a seek on the awaiting-reply index), written to
/// the outbox in the transaction that moves <see cref="OverdueScan"/> past the day. The move is a
/// compare-and-set, so of instances scanning at once one commits the day and the others roll back.
/// Scanning starts the day before the first scan: dispatches already overdue then are not announced.
/// </summary>
public static class OverdueScanner
{
    public static async Task ScanAsync(LetterTrackerDbContext db, WebhookOutbox outbox, DateOnly today, CancellationToken cancellationToken)
    {
        var yesterday = today.AddDays(-1);
        for (var scanned = 0; scanned < 366; scanned++)
        {
            db.ChangeTracker.Clear();
            var mark = await db.OverdueScans.FirstOrDefaultAsync(s => s.Id == OverdueScan.SingleId, cancellationToken);
            if (mark is null)
            {
                db.OverdueScans.Add(new OverdueScan { ScannedThrough = yesterday });
            }
            else if (mark.ScannedThrough < yesterday)
            {
                var day = mark.ScannedThrough.AddDays(1);
                mark.ScannedThrough = day;
                mark.Version++;
                var subscribers = await db.WebhookSubscriptions.AsNoTracking()
                    .Where(s => s.EventTypes.Contains(WebhookEventTypes.DispatchOverdue))
                    .Select(s => new WebhookOutbox.Subscriber(s.Id, s.EventTypes)).ToListAsync(cancellationToken);
                if (subscribers.Count > 0)
                {
                    // Overdue the day after: its condition is the awaiting-reply index's own, which the seek needs.
                    var due = await db.Dispatches.AsNoTracking()
                        .Where(Overdue.Is(day.AddDays(1))).Where(d => d.DueOn == day)
                        .OrderBy(d => d.Id)
                        .Select(d => new { d.Id, d.LetterId, d.RecipientId, d.Status, d.DueOn, d.Version })
                        .ToListAsync(cancellationToken);
                    outbox.Write(db, [.. due.Select(d => new WebhookEvent(WebhookEventTypes.DispatchOverdue, d.Id, d.Version,
                        new { id = d.Id, letterId = d.LetterId, recipientId = d.RecipientId, status = d.Status, dueOn = d.DueOn }))], subscribers);
                }
            }
            else
            {
                return;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance moved the mark (or made it) first: that day is its to announce.
                db.ChangeTracker.Clear();
            }
        }
    }
}
