using System.ComponentModel.DataAnnotations;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Dispatches;

/// <summary>A dispatch as a POST or PUT sends it (PATCH sends any part of it). Its status moves through events.</summary>
public sealed record DispatchRequest
{
    /// <summary>The letter sent. Fixed once the dispatch exists.</summary>
    [Required]
    public Guid? LetterId { get; init; }

    /// <summary>The body it goes to. Fixed once the dispatch exists; a letter goes to a body once.</summary>
    [Required]
    public Guid? RecipientId { get; init; }

    /// <summary>email, post, portal or hand; null when not known.</summary>
    public DispatchChannel? Channel { get; init; }

    /// <summary>When it was sent, with an offset; not in the future. Setting it on a draft marks the dispatch sent, and sends its letter if that is a draft.</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>A tracking number, message id or portal reference.</summary>
    public string? DeliveryRef { get; init; }

    /// <summary>Shown in Swagger.</summary>
    public static DispatchRequest Example { get; } = new()
    {
        LetterId = Guid.Parse("01a201be-96aa-7475-9a3c-990f2ef5639a"),
        RecipientId = Guid.Parse("01a201be-96aa-772f-a771-fe59659e56bc"),
        Channel = DispatchChannel.Email,
        SentAt = new DateTimeOffset(2025, 4, 10, 9, 30, 0, TimeSpan.FromHours(2)),
    };
}
