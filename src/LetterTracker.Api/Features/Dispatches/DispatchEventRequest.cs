using System.ComponentModel.DataAnnotations;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Dispatches;

/// <summary>Something that happened to a dispatch, as a POST records it.</summary>
public sealed record DispatchEventRequest
{
    /// <summary>sent, delivered, acknowledged, followUpSent, responded, referred, declined, closed or note. All but followUpSent and note move the dispatch's status forward.</summary>
    [Required]
    public DispatchEventType? Type { get; init; }

    /// <summary>When it happened, with an offset; not in the future, not before the dispatch was sent, not before the last status change.</summary>
    [Required]
    public DateTimeOffset? At { get; init; }

    /// <summary>Free text.</summary>
    public string? Note { get; init; }

    /// <summary>What the answer said, in short: only on acknowledged, responded, referred and declined.</summary>
    public string? ResponseSummary { get; init; }

    /// <summary>A stored document the event rests on (the reply, stored as a source, so it can be cited).</summary>
    public Guid? SourceId { get; init; }

    /// <summary>Only on referred: the body the recipient referred the letter to.</summary>
    public Guid? ReferredToRecipientId { get; init; }

    /// <summary>
    /// Only with referredToRecipientId: whether to open a dispatch of the same letter to that body, sent at
    /// this event's time and linked to this one (referredFromDispatchId). Defaults to true.
    /// </summary>
    public bool? OpenDispatch { get; init; }

    /// <summary>Shown in Swagger.</summary>
    public static DispatchEventRequest Example { get; } = new()
    {
        Type = DispatchEventType.Acknowledged,
        At = new DateTimeOffset(2025, 5, 2, 14, 5, 0, TimeSpan.FromHours(2)),
        ResponseSummary = "Receipt of the letter confirmed by e-mail.",
    };
}
