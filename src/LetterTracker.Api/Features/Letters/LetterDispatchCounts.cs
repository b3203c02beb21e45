using LetterTracker.Api.Features.Dispatches;
using LetterTracker.Api.Features.Stats;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Letters;

/// <summary>
/// The dispatch counts of a page of letters in one grouped query over the page's ids, read from the
/// (LetterId, Status, DueOn) index alone: a bounded number of index entries (the page's dispatches),
/// never a scan, and no dispatch row.
/// </summary>
public static class LetterDispatchCounts
{
    public static async Task<IReadOnlyList<LetterSummary>> AddTo(
        IReadOnlyList<LetterSummary> letters, LetterTrackerDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        if (letters.Count == 0)
        {
            return letters;
        }

        var ids = letters.Select(l => l.Id).ToList();
        var isOverdue = Overdue.Is(today);
        // Grouped by (LetterId, Status), the index's own order, so SQLite groups as it reads the index.
        var groups = await db.Dispatches.Where(d => ids.Contains(d.LetterId))
            .GroupBy(d => new { d.LetterId, d.Status })
            .Select(g => new { g.Key.LetterId, g.Key.Status, Count = g.Count(), Overdue = g.AsQueryable().Count(isOverdue) })
            .ToListAsync(cancellationToken);
        var byLetter = groups.ToLookup(g => g.LetterId);
        return [.. letters.Select(letter =>
        {
            var tally = new StatusTally();
            var overdue = 0;
            foreach (var group in byLetter[letter.Id])
            {
                tally.Add(group.Status, group.Count);
                overdue += group.Overdue;
            }

            return letter with { RecipientCount = tally.Total, DispatchCounts = tally.ToCounts(), OverdueCount = overdue };
        })];
    }
}
