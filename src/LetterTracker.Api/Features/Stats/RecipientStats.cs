using System.Linq.Expressions;
using LetterTracker.Api.Common;
using LetterTracker.Data;
using LetterTracker.Api.Features.Recipients;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Stats;

/// <summary>How one recipient has dealt with the letters sent to it.</summary>
/// <param name="Recipient">The body.</param>
/// <param name="Dispatches">Every dispatch to it, drafts included.</param>
/// <param name="Drafts">Dispatches not sent yet (left out of the response rate).</param>
/// <param name="Open">Dispatches awaiting a reply: sent, delivered or acknowledged.</param>
/// <param name="Overdue">Open dispatches whose dueOn is before today (UTC, the server's clock).</param>
/// <param name="Responded">Dispatches it answered.</param>
/// <param name="Referred">Dispatches it passed on to another body.</param>
/// <param name="Declined">Dispatches it refused to act on.</param>
/// <param name="Closed">Dispatches closed: no longer followed up.</param>
/// <param name="Answered">responded + referred + declined: a referral or a refusal is an answer too; an acknowledgement of receipt is not.</param>
/// <param name="ResponseRate">answered / (dispatches − drafts), from 0 to 1, rounded to four decimals; null when nothing was sent to it.</param>
/// <param name="MedianDaysToFirstReply">The median of the whole days from sending to its first reply (an acknowledgement counts), over the dispatches whose send date is known; for an even number of them, the mean of the two middle values. Null when there is none.</param>
/// <param name="TimedReplies">How many first replies the median is taken over: a median of one reply says little.</param>
public sealed record RecipientStats(
    RecipientRef Recipient,
    int Dispatches,
    int Drafts,
    int Open,
    int Overdue,
    int Responded,
    int Referred,
    int Declined,
    int Closed,
    int Answered,
    decimal? ResponseRate,
    decimal? MedianDaysToFirstReply,
    int TimedReplies)
{
    /// <summary>Shown in Swagger: UNMAS after three letters, one answered after 12 days, one overdue.</summary>
    public static RecipientStats Example { get; } = new(
        new RecipientRef(Examples.Recipient, "UN Mine Action Service", "UNMAS"), 3, 0, 2, 1, 1, 0, 0, 0, 1, 0.3333m, 12, 1);

    public static RecipientStats From(RecipientRef recipient, StatusTally tally, int overdue, IEnumerable<(int Days, int Count)> replyDelays)
    {
        var delays = replyDelays.ToList();
        return new(
            recipient, tally.Total, tally[DispatchStatus.Draft], tally.Open, overdue,
            tally[DispatchStatus.Responded], tally[DispatchStatus.Referred], tally[DispatchStatus.Declined], tally[DispatchStatus.Closed],
            tally.Answered, tally.ResponseRate, ReplyDelays.Median(delays), delays.Sum(d => d.Count));
    }
}

/// <summary>
/// A recipient on a page of statistics with its counters, all read in the page's one statement: its
/// dispatches by status (DispatchTallies), those awaiting a reply with a due date (AwaitingReplyTotals)
/// and those of them not due before today (AwaitingReplyTallies, the days from today on, which the reply
/// window bounds), and its reply-delay histogram (ReplyDelayTallies) as "days:count" pairs joined by
/// commas. As rows, the histograms of a page of 50 were ~2,300 rows to read and materialise one by one;
/// as text they are one value per recipient.
/// </summary>
internal sealed record RecipientCounters(
    Guid Id, string Name, string? Acronym, long Version, DispatchStatusCounts Dispatches, int Awaiting, int AwaitingFromToday, string? ReplyDelays)
    : IResource
{
    public static Expression<Func<Recipient, RecipientCounters>> Projection(LetterTrackerDbContext db, DateOnly today) => r => new RecipientCounters(
        r.Id, r.Name, r.Acronym, r.Version,
        new DispatchStatusCounts(
            db.DispatchTallies.Where(t => t.RecipientId == r.Id && t.Status == DispatchStatus.Draft).Sum(t => t.Count),
            db.DispatchTallies.Where(t => t.RecipientId == r.Id && t.Status == DispatchStatus.Sent).Sum(t => t.Count),
            db.DispatchTallies.Where(t => t.RecipientId == r.Id && t.Status == DispatchStatus.Delivered).Sum(t => t.Count),
            db.DispatchTallies.Where(t => t.RecipientId == r.Id && t.Status == DispatchStatus.Acknowledged).Sum(t => t.Count),
            db.DispatchTallies.Where(t => t.RecipientId == r.Id && t.Status == DispatchStatus.Responded).Sum(t => t.Count),
            db.DispatchTallies.Where(t => t.RecipientId == r.Id && t.Status == DispatchStatus.Referred).Sum(t => t.Count),
            db.DispatchTallies.Where(t => t.RecipientId == r.Id && t.Status == DispatchStatus.Declined).Sum(t => t.Count),
            db.DispatchTallies.Where(t => t.RecipientId == r.Id && t.Status == DispatchStatus.Closed).Sum(t => t.Count)),
        db.AwaitingReplyTotals.Where(t => t.RecipientId == r.Id).Sum(t => t.Count),
        db.AwaitingReplyTallies.Where(t => t.RecipientId == r.Id && t.DueOn >= today).Sum(t => t.Count),
        // Grouped, so that EF Core aggregates the pairs in SQL (group_concat, string_agg); a string.Join of
        // the subquery itself it reads as a collection, every row.
        db.ReplyDelayTallies.Where(t => t.RecipientId == r.Id).GroupBy(t => t.RecipientId)
            .Select(g => string.Join(",", g.Select(t => t.Days.ToString() + ":" + t.Count.ToString()))).FirstOrDefault());

    /// <summary>Overdue: awaiting a reply with a due date, less those due from today on.</summary>
    public RecipientStats ToStats() => RecipientStats.From(
        new RecipientRef(Id, Name, Acronym), StatusTally.Of(Dispatches), Awaiting - AwaitingFromToday, Stats.ReplyDelays.Parse(ReplyDelays));
}
