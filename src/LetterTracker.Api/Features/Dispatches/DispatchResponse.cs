using System.Linq.Expressions;
using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Queries;
using LetterTracker.Api.Features.Citations;
using LetterTracker.Api.Features.Letters;
using LetterTracker.Api.Features.Recipients;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Dispatches;

/// <summary>One letter to one recipient: the unit that is tracked.</summary>
/// <param name="Id">UUIDv7.</param>
/// <param name="LetterId">The letter sent.</param>
/// <param name="Letter">Enough of the letter to show it.</param>
/// <param name="RecipientId">The body it went to.</param>
/// <param name="Recipient">Enough of the recipient to show it.</param>
/// <param name="Channel">How it travelled; null when no source says.</param>
/// <param name="SentAt">When it was sent; null when no source says.</param>
/// <param name="DeliveryRef">A tracking number, message id or portal reference.</param>
/// <param name="Status">Where it stands: draft, sent, delivered, acknowledged, responded, referred, declined or closed.</param>
/// <param name="DueOn">When a reply is due; null while the send date is unknown.</param>
/// <param name="Overdue">True when a reply is still awaited and dueOn has passed.</param>
/// <param name="ReferredFromDispatchId">For a dispatch opened by a referral: the dispatch whose recipient referred the letter here.</param>
/// <param name="FirstReplyAt">When the recipient first answered (acknowledged, responded, referred or declined); null until then.</param>
/// <param name="DaysToFirstReply">Whole days from the send date to the first reply; null without a reply or a known send date.</param>
/// <param name="EventCount">How many events its history holds (see /api/dispatches/{id}/events).</param>
/// <param name="Citations">Quotes backing this record.</param>
/// <param name="CreatedAt">When the record was created.</param>
/// <param name="UpdatedAt">When the record was last changed.</param>
/// <param name="Version">Concurrency version; also the ETag.</param>
public sealed record DispatchResponse(
    Guid Id,
    Guid LetterId,
    LetterRef Letter,
    Guid RecipientId,
    RecipientRef Recipient,
    DispatchChannel? Channel,
    DateTimeOffset? SentAt,
    string? DeliveryRef,
    DispatchStatus Status,
    DateOnly? DueOn,
    bool Overdue,
    Guid? ReferredFromDispatchId,
    DateTimeOffset? FirstReplyAt,
    int? DaysToFirstReply,
    int EventCount,
    IReadOnlyList<CitationRef> Citations,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version) : IResource
{
    /// <summary>Shown in Swagger: sent, no reply yet, past its due date.</summary>
    public static DispatchResponse Example { get; } = new(
        Examples.Dispatch, Examples.Letter, new LetterRef(Examples.Letter, "Protest letters after the mine explosions in Aghdam and Jabrayil on 6–7 April 2025"),
        Examples.Recipient, new RecipientRef(Examples.Recipient, "UN Mine Action Service", "UNMAS"),
        DispatchChannel.Email, new DateTimeOffset(2025, 4, 10, 7, 30, 0, TimeSpan.Zero), "msg-2025-0410-unmas", DispatchStatus.Delivered,
        new DateOnly(2025, 5, 10), true, null, null, null, 2, [new CitationRef(Examples.Citation, Examples.Source, "the UN Mine Action Service (UNMAS)", null)], Examples.Created, Examples.Updated, 3);

    private static readonly PerDay<Func<Dispatch, DispatchResponse>> ForDay = new(today => Dispatches.Overdue.Inline<Func<Dispatch, DispatchResponse>>(
        d => new DispatchResponse(
            d.Id,
            d.LetterId,
            new LetterRef(d.Letter.Id, d.Letter.Subject),
            d.RecipientId,
            new RecipientRef(d.Recipient.Id, d.Recipient.Name, d.Recipient.Acronym),
            d.Channel, d.SentAt, d.DeliveryRef, d.Status, d.DueOn,
            Dispatches.Overdue.Of(d, today),
            d.ReferredFromDispatchId, d.FirstReplyAt, d.DaysToFirstReply,
            d.Events.Count,
            d.Citations.AsQueryable().OrderBy(c => c.Id).Select(CitationRef.Projection).ToList(),
            d.CreatedAt, d.UpdatedAt, d.Version)));

    /// <summary>The projection for this day (whether each dispatch is overdue).</summary>
    public static Expression<Func<Dispatch, DispatchResponse>> Projection(DateOnly today) => ForDay.On(today);
}
