using System.Linq.Expressions;
using LetterTracker.Api.Common;
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

/// <summary>A recipient on a page of statistics: paged by id like every list (the version only satisfies the pager).</summary>
internal sealed record PagedRecipient(Guid Id, string Name, string? Acronym, long Version) : IResource
{
    public static readonly Expression<Func<Recipient, PagedRecipient>> Projection =
        r => new PagedRecipient(r.Id, r.Name, r.Acronym, r.Version);

    public RecipientRef ToRef() => new(Id, Name, Acronym);
}
