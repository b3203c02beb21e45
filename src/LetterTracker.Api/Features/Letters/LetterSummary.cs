using System.Linq.Expressions;
using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Queries;
using LetterTracker.Api.Features.Dispatches;
using LetterTracker.Api.Features.Stats;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Letters;

/// <summary>
/// A letter as a list shows it: what a table row needs, with counts in place of the related records.
/// Every field has the name and meaning it has on the full letter (GET /api/letters/{id}), so one
/// client type reads both.
/// </summary>
/// <param name="Id">UUIDv7.</param>
/// <param name="Subject">What the letter is about, in one line.</param>
/// <param name="Language">BCP 47 tag; null when no source says.</param>
/// <param name="SentOn">The day it was sent, when known.</param>
/// <param name="SentFrom">When only a window is known: sent no earlier than this day.</param>
/// <param name="SentTo">When only a window is known: sent no later than this day.</param>
/// <param name="Status">draft, sent or closed.</param>
/// <param name="SignatoryCount">How many organisations signed it.</param>
/// <param name="RecipientCount">How many bodies it went to (one dispatch each).</param>
/// <param name="DispatchCounts">Its dispatches by status.</param>
/// <param name="OverdueCount">How many of its dispatches are overdue: a reply still awaited and dueOn passed.</param>
/// <param name="CreatedAt">When the record was created.</param>
/// <param name="UpdatedAt">When the record was last changed.</param>
/// <param name="Version">Concurrency version; also the ETag.</param>
public sealed record LetterSummary(
    Guid Id,
    string Subject,
    string? Language,
    DateOnly? SentOn,
    DateOnly? SentFrom,
    DateOnly? SentTo,
    LetterStatus Status,
    int SignatoryCount,
    int RecipientCount,
    DispatchStatusCounts DispatchCounts,
    int OverdueCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version) : IResource
{
    /// <summary>Shown in Swagger: the seeded letter.</summary>
    public static LetterSummary Example { get; } = new(
        Examples.Letter, "Protest letters after the mine explosions in Aghdam and Jabrayil on 6–7 April 2025", null,
        null, new DateOnly(2025, 4, 6), new DateOnly(2025, 4, 14), LetterStatus.Sent, 6, 13, DispatchStatusCounts.Example, 2,
        Examples.Created, Examples.Created, 1);

    /// <summary>
    /// One statement for the page: the letter's own columns, its signatory count (a correlated count
    /// over the join table), its dispatches by status from its row of LetterDispatchTallies (kept by triggers;
    /// none until it has a dispatch) and its overdue dispatches, counted on the partial index of the
    /// dispatches awaiting a reply by (LetterId, DueOn): one seek per letter, never a dispatch row.
    /// </summary>
    private static readonly PerDay<Func<Letter, LetterSummary>> ForDay = new(today => Overdue.Inline<Func<Letter, LetterSummary>>(l => new LetterSummary(
        l.Id, l.Subject, l.Language, l.SentOn, l.SentFrom, l.SentTo, l.Status,
        l.Signatories.Count,
        (int?)(l.DispatchTally!.Draft + l.DispatchTally.Sent + l.DispatchTally.Delivered + l.DispatchTally.Acknowledged
            + l.DispatchTally.Responded + l.DispatchTally.Referred + l.DispatchTally.Declined + l.DispatchTally.Closed) ?? 0,
        new DispatchStatusCounts(
            (int?)l.DispatchTally!.Draft ?? 0, (int?)l.DispatchTally.Sent ?? 0, (int?)l.DispatchTally.Delivered ?? 0,
            (int?)l.DispatchTally.Acknowledged ?? 0, (int?)l.DispatchTally.Responded ?? 0, (int?)l.DispatchTally.Referred ?? 0,
            (int?)l.DispatchTally.Declined ?? 0, (int?)l.DispatchTally.Closed ?? 0),
        l.Dispatches.Count(d => Overdue.Of(d, today)),
        l.CreatedAt, l.UpdatedAt, l.Version)));

    /// <summary>The projection for this day (whether each dispatch is overdue).</summary>
    public static Expression<Func<Letter, LetterSummary>> Projection(DateOnly today) => ForDay.On(today);
}
