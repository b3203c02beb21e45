namespace LetterTracker.Data.Model;

/// <summary>
/// One event for one subscription: the outbox row written in the same transaction as the change it tells
/// of, then the log of its sending. Its id is the webhook-id header, the same on every attempt.
/// </summary>
public sealed class WebhookDelivery : Entity
{
    public Guid SubscriptionId { get; set; }

    public WebhookSubscription Subscription { get; set; } = null!;

    /// <summary>dispatch.sent, letter.created, ...</summary>
    public required string EventType { get; set; }

    /// <summary>The body sent, exactly as signed: {"type", "timestamp", "data"}.</summary>
    public required string Payload { get; set; }

    /// <summary>The record the event is about (a dispatch, a letter): a subscription gets its events about one record in order.</summary>
    public Guid RecordId { get; set; }

    /// <summary>
    /// The record's version the event left it at: the order of its events, whatever the clocks of the instances that
    /// wrote them (each change to a record moves its version by compare-and-set). dispatch.overdue, which changes
    /// nothing, has the version it was announced at, after the event that set it.
    /// </summary>
    public long RecordVersion { get; set; }

    public WebhookDeliveryStatus Status { get; set; }

    /// <summary>Attempts made since it was written or last redelivered.</summary>
    public int Attempts { get; set; }

    /// <summary>When it is tried next, while pending; null: as soon as a sender is free.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>Until when a sender has it in hand, so that no other instance sends it at the same time.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    /// <summary>The HTTP status the receiver last answered; null when no answer came.</summary>
    public int? LastResponseStatus { get; set; }

    /// <summary>Why the last attempt failed, when it did.</summary>
    public string? LastError { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }
}

public enum WebhookDeliveryStatus
{
    /// <summary>Not delivered yet: waiting for its first attempt or a retry.</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>Every attempt failed; a redelivery makes it pending again.</summary>
    Failed,
}
