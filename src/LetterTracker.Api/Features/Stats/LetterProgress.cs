using System.Linq.Expressions;
using LetterTracker.Api.Common;
using LetterTracker.Api.Features.Letters;
using LetterTracker.Api.Features.Recipients;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Stats;

/// <summary>One letter's progress across its recipients.</summary>
/// <param name="Letter">The letter.</param>
/// <param name="Total">How many dispatches it has (one per recipient), drafts included.</param>
/// <param name="ByStatus">Its dispatches by status, every status present.</param>
/// <param name="Open">Dispatches awaiting a reply: sent, delivered or acknowledged.</param>
/// <param name="Overdue">Open dispatches whose dueOn is before today (UTC, the server's clock).</param>
/// <param name="Answered">responded + referred + declined.</param>
/// <param name="ResponseRate">answered / (total − drafts), from 0 to 1, rounded to four decimals; null while nothing was sent.</param>
/// <param name="MedianDaysToFirstReply">The median of the whole days from sending to each recipient's first reply (an acknowledgement counts), over the replies whose send date is known; for an even number, the mean of the two middle values. Null when there is none.</param>
/// <param name="TimedReplies">How many first replies the median is taken over.</param>
/// <param name="Dispatches">One row per recipient, oldest dispatch first.</param>
public sealed record LetterProgress(
    LetterRef Letter,
    int Total,
    DispatchStatusCounts ByStatus,
    int Open,
    int Overdue,
    int Answered,
    decimal? ResponseRate,
    decimal? MedianDaysToFirstReply,
    int TimedReplies,
    IReadOnlyList<DispatchProgress> Dispatches)
{
    /// <summary>Shown in Swagger: the seeded letter, two of its dispatches shown.</summary>
    public static LetterProgress Example { get; } = new(
        new LetterRef(Examples.Letter, "Protest letters after the mine explosions in Aghdam and Jabrayil on 6–7 April 2025"),
        13, DispatchStatusCounts.Example, 10, 2, 3, 0.2308m, 9, 4,
        [
            new DispatchProgress(Examples.Dispatch, new RecipientRef(Examples.Recipient, "UN Mine Action Service", "UNMAS"),
                DispatchStatus.Delivered, new DateTimeOffset(2025, 4, 10, 7, 30, 0, TimeSpan.Zero), new DateOnly(2025, 5, 10), true, null, null),
            DispatchProgress.Example,
        ]);

    public static LetterProgress From(LetterRef letter, IReadOnlyList<DispatchProgress> dispatches)
    {
        var tally = new StatusTally();
        foreach (var dispatch in dispatches)
        {
            tally.Add(dispatch.Status, 1);
        }

        var delays = dispatches.Where(d => d.DaysToFirstReply is not null)
            .GroupBy(d => d.DaysToFirstReply!.Value).Select(g => (g.Key, g.Count())).ToList();
        return new(letter, tally.Total, tally.ToCounts(), tally.Open, dispatches.Count(d => d.Overdue), tally.Answered,
            tally.ResponseRate, ReplyDelays.Median(delays), delays.Sum(d => d.Item2), dispatches);
    }
}

/// <summary>Where the letter stands with one recipient.</summary>
/// <param name="Id">The dispatch's id (see /api/dispatches/{id}).</param>
/// <param name="Recipient">The body it went to.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="SentAt">When it was sent; null when no source says (the letter's sentOn may still date it).</param>
/// <param name="DueOn">When a reply is due; null while the send date is unknown.</param>
/// <param name="Overdue">True when a reply is still awaited and dueOn is before today.</param>
/// <param name="FirstReplyAt">When the recipient first answered or acknowledged; null until then.</param>
/// <param name="DaysToFirstReply">Whole days from sending to firstReplyAt; null without a reply or a known send date.</param>
public sealed record DispatchProgress(
    Guid Id,
    RecipientRef Recipient,
    DispatchStatus Status,
    DateTimeOffset? SentAt,
    DateOnly? DueOn,
    bool Overdue,
    DateTimeOffset? FirstReplyAt,
    int? DaysToFirstReply)
{
    /// <summary>Shown in Swagger: a dispatch answered 12 days after it was sent.</summary>
    public static DispatchProgress Example { get; } = new(
        Guid.Parse("0196371c-2a40-75a1-9c2e-7d8f6a5b4c0b"), new RecipientRef(Guid.Parse("0196371c-2a40-76b2-8d3f-8e9a7b6c5d0c"), "Office of the High Commissioner for Human Rights", "OHCHR"),
        DispatchStatus.Responded, new DateTimeOffset(2025, 4, 10, 7, 35, 0, TimeSpan.Zero), new DateOnly(2025, 5, 10), false,
        new DateTimeOffset(2025, 4, 22, 14, 5, 0, TimeSpan.Zero), 12);

    public static Expression<Func<Dispatch, DispatchProgress>> Projection(DateOnly today) => Dispatches.Overdue.Inline<Func<Dispatch, DispatchProgress>>(d => new DispatchProgress(
        d.Id, new RecipientRef(d.Recipient.Id, d.Recipient.Name, d.Recipient.Acronym), d.Status, d.SentAt, d.DueOn,
        Dispatches.Overdue.Of(d, today), d.FirstReplyAt, d.DaysToFirstReply));
}
