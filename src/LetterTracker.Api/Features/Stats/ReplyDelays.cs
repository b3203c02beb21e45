using System.Globalization;

namespace LetterTracker.Api.Features.Stats;

/// <summary>
/// The median of the days dispatches waited for a first reply, from a histogram (days → how many
/// dispatches), so the database returns one row per distinct delay instead of one per dispatch.
/// </summary>
public static class ReplyDelays
{
    /// <summary>
    /// The middle delay of the sorted delays; for an even number of them, the mean of the two middle
    /// ones (so 4.5 is possible). Null when no reply has a known delay.
    /// </summary>
    public static decimal? Median(IEnumerable<(int Days, int Count)> histogram)
    {
        var bins = histogram.Where(b => b.Count > 0).OrderBy(b => b.Days).ToList();
        var n = bins.Sum(b => b.Count);
        if (n == 0)
        {
            return null;
        }

        // 0-based positions of the middle value(s): the same one twice when n is odd.
        return ((decimal)DaysAt(bins, (n - 1) / 2) + DaysAt(bins, n / 2)) / 2;
    }

    /// <summary>A histogram written as "days:count" pairs joined by commas (RecipientCounters); none when null or empty.</summary>
    public static IEnumerable<(int Days, int Count)> Parse(string? pairs)
    {
        foreach (var pair in (pairs ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = pair.IndexOf(':');
            yield return (int.Parse(pair.AsSpan(0, colon), CultureInfo.InvariantCulture), int.Parse(pair.AsSpan(colon + 1), CultureInfo.InvariantCulture));
        }
    }

    private static int DaysAt(List<(int Days, int Count)> bins, int position)
    {
        foreach (var (days, count) in bins)
        {
            if (position < count)
            {
                return days;
            }

            position -= count;
        }

        throw new ArgumentOutOfRangeException(nameof(position));
    }
}
