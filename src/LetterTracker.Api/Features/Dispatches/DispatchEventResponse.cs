using System.Linq.Expressions;
using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Dispatches;

/// <summary>One thing that happened to a dispatch.</summary>
/// <param name="Id">UUIDv7.</param>
/// <param name="DispatchId">The dispatch it happened to.</param>
/// <param name="Type">sent, delivered, acknowledged, followUpSent, responded, referred, declined, closed or note.</param>
/// <param name="At">When it happened.</param>
/// <param name="Note">Free text.</param>
/// <param name="ResponseSummary">What a reply said, in short.</param>
/// <param name="SourceId">The stored reply or other document the event rests on.</param>
/// <param name="ReferredToRecipientId">For a referral: the body the letter was referred to.</param>
/// <param name="OpenedDispatchId">For a referral that opened a dispatch to the body referred to: that dispatch.</param>
/// <param name="CreatedAt">When the record was created.</param>
/// <param name="UpdatedAt">When the record was last changed.</param>
/// <param name="Version">Concurrency version; also the ETag.</param>
public sealed record DispatchEventResponse(
    Guid Id,
    Guid DispatchId,
    DispatchEventType Type,
    DateTimeOffset At,
    string? Note,
    string? ResponseSummary,
    Guid? SourceId,
    Guid? ReferredToRecipientId,
    Guid? OpenedDispatchId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version) : IResource
{
    /// <summary>Shown in Swagger.</summary>
    public static DispatchEventResponse Example { get; } = new(
        Examples.Event, Examples.Dispatch, DispatchEventType.Delivered, new DateTimeOffset(2025, 4, 10, 7, 31, 0, TimeSpan.Zero),
        "Delivery receipt from the UNMAS mail server.", null, null, null, null, Examples.Updated, Examples.Updated, 1);

    public static readonly Expression<Func<DispatchEvent, DispatchEventResponse>> Projection = e => new DispatchEventResponse(
        e.Id, e.DispatchId, e.Type, e.At, e.Note, e.ResponseSummary, e.SourceId, e.ReferredToRecipientId,
        e.Type == DispatchEventType.Referred
            ? e.Dispatch.Letter.Dispatches
                .Where(d => d.ReferredFromDispatchId == e.DispatchId && d.RecipientId == e.ReferredToRecipientId)
                .Select(d => (Guid?)d.Id).FirstOrDefault()
            : null,
        e.CreatedAt, e.UpdatedAt, e.Version);

    /// <summary>A history reads in the order things happened, whatever order they were recorded in.</summary>
    public static readonly IKeysetOrder<DispatchEvent, DispatchEventResponse> Chronological =
        KeysetOrder.By<DispatchEvent, DispatchEventResponse, DateTimeOffset>("at", e => e.At, r => r.At);
}
