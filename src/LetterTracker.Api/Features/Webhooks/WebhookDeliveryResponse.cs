using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using System.Text.Json;
using LetterTracker.Api.Common;
using LetterTracker.Data;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Webhooks;

/// <summary>One event sent (or to be sent) to a subscription, and how its sending went.</summary>
/// <param name="Id">UUIDv7; the webhook-id header of every attempt, so a receiver can tell a retry from a new event.</param>
/// <param name="EventType">dispatch.sent, letter.created, ...</param>
/// <param name="RecordId">The dispatch or letter the event is about; its events reach a subscription in order.</param>
/// <param name="Status">pending (waiting for an attempt), delivered (answered 2xx) or failed (every attempt failed; redeliver to try again).</param>
/// <param name="Attempts">Attempts since it was written or last redelivered.</param>
/// <param name="NextAttemptAt">When it is tried next, while pending; null: as soon as a sender is free.</param>
/// <param name="LastAttemptAt">When it was last tried.</param>
/// <param name="LastResponseStatus">The HTTP status the receiver last answered; null when no answer came.</param>
/// <param name="LastError">Why the last attempt failed.</param>
/// <param name="DeliveredAt">When the receiver answered 2xx.</param>
/// <param name="Payload">The body POSTed: type, timestamp and data.</param>
/// <param name="CreatedAt">When the event happened (the write that caused it).</param>
/// <param name="UpdatedAt">When the record last changed.</param>
/// <param name="Version">Concurrency version; also the ETag.</param>
public sealed record WebhookDeliveryResponse(
    Guid Id,
    [property: KnownValues(typeof(WebhookEventTypes), nameof(WebhookEventTypes.All))] string EventType,
    Guid RecordId,
    WebhookDeliveryStatus Status,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? LastAttemptAt,
    int? LastResponseStatus,
    [property: MaxLength(Limits.Description)] string? LastError,
    DateTimeOffset? DeliveredAt,
    JsonElement Payload,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version) : IResource
{
    /// <summary>Shown in Swagger.</summary>
    public static WebhookDeliveryResponse Example { get; } = new(
        Examples.WebhookDelivery, WebhookEventTypes.DispatchReplied, Examples.Dispatch, WebhookDeliveryStatus.Delivered, 2, null,
        Examples.Updated, 200, null, Examples.Updated,
        JsonSerializer.SerializeToElement(new
        {
            type = WebhookEventTypes.DispatchReplied,
            timestamp = Examples.Updated,
            data = new { id = Examples.Dispatch, letterId = Examples.Letter, recipientId = Examples.Recipient, status = "responded", previousStatus = "delivered", dueOn = "2025-05-10" },
        }),
        Examples.Updated, Examples.Updated, 3);

    public static readonly Expression<Func<WebhookDelivery, WebhookDeliveryResponse>> Projection = d => new WebhookDeliveryResponse(
        d.Id, d.EventType, d.RecordId, d.Status, d.Attempts, d.NextAttemptAt, d.LastAttemptAt, d.LastResponseStatus, d.LastError,
        d.DeliveredAt, PayloadOf(d.Payload), d.CreatedAt, d.UpdatedAt, d.Version);

    /// <summary>The stored body as JSON, detached from the parser's pooled buffers.</summary>
    private static JsonElement PayloadOf(string payload)
    {
        using var document = JsonDocument.Parse(payload);
        return document.RootElement.Clone();
    }
}
