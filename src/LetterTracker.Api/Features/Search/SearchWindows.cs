using LetterTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Search;

/// <summary>
/// Reads ranked results window by window: the matches are taken newest first (by index key) in
/// windows of <see cref="SearchIndex.WindowSize"/>, and each window is ranked on its own. A page costs
/// the ranking of one window (two at a boundary) however many records match, and a cursor names its
/// window, so paging visits every match exactly once.
/// </summary>
internal static class SearchWindows
{
    /// <summary>A window's bounds as index keys in text: [Lo, Top], below Below (exclusive).</summary>
    public sealed record Bounds(string Lo, string Top, string Below);

    public static async Task<List<SearchHit>> ReadAsync(
        LetterTrackerDbContext db, Func<Bounds, (double Score, Guid Id)?, int, FormattableString> ranked,
        (string Min, string Max) keys, SearchPosition? after, int take, CancellationToken cancellationToken)
    {
        var hits = new List<SearchHit>();
        // The cursor's window, rows after its position; else the newest window.
        var bounds = after is null ? new Bounds(keys.Min, keys.Max, keys.Max) : new Bounds(after.WindowLo, after.WindowTop, keys.Max);
        var position = after is null ? ((double, Guid)?)null : (after.Score, after.Id);
        var fromCursor = after is not null;
        while (true)
        {
            // take, not what the page still lacks: one SQL text per page size (its LIMIT is written in).
            var rows = await db.Database.SqlQuery<SearchHit>(ranked(bounds, position, take)).ToListAsync(cancellationToken);
            hits.AddRange(rows);
            // A full window may have more matches below it, a short new one was the last; the cursor's
            // window may have lost a match since it was read, so below it is looked at whatever its size.
            var lo = fromCursor ? after!.WindowLo
                : rows.Count > 0 && rows[0].WindowSize == SearchIndex.WindowSize ? rows[0].WindowLo : null;
            if (hits.Count >= take || lo is null)
            {
                return hits.Count > take ? hits[..take] : hits;
            }

            bounds = new Bounds(keys.Min, keys.Max, lo);
            position = null;
            fromCursor = false;
        }
    }
}
