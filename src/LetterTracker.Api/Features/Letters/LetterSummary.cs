using System.Linq.Expressions;
using LetterTracker.Api.Common;
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
    /// The letter's own columns and its signatory count, read from the join table's index; the dispatch
    /// counts are zeros here, filled in by <see cref="LetterDispatchCounts"/> with one query for the page.
    /// </summary>
    public static readonly Expression<Func<Letter, LetterSummary>> Projection = l => new LetterSummary(
        l.Id, l.Subject, l.Language, l.SentOn, l.SentFrom, l.SentTo, l.Status,
        l.Signatories.Count, 0, DispatchStatusCounts.None, 0,
        l.CreatedAt, l.UpdatedAt, l.Version);
}
