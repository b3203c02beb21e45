namespace LetterTracker.Data.Model;

/// <summary>A URL that is sent the events it subscribes to, signed with its secret (Standard Webhooks).</summary>
public sealed class WebhookSubscription : Entity
{
    /// <summary>An absolute http(s) URL; where it may point is checked when it is subscribed and again at every connection.</summary>
    public required string Url { get; set; }

    /// <summary>The event types it receives, such as dispatch.sent.</summary>
    public List<string> EventTypes { get; set; } = [];

    /// <summary>
    /// The signing secret, "whsec_" and the base64 of 32 random bytes. Stored as it is, since each delivery
    /// is signed with it; shown to the client only in the answer that creates the subscription.
    /// </summary>
    public required string Secret { get; set; }

    /// <summary>What it is for, for the people who read the list.</summary>
    public string? Description { get; set; }

    public List<WebhookDelivery> Deliveries { get; set; } = [];
}
