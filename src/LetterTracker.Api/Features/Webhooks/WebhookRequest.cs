using LetterTracker.Api.Common;

namespace LetterTracker.Api.Features.Webhooks;

/// <summary>A subscription to create.</summary>
public sealed record WebhookRequest
{
    /// <summary>Where deliveries are POSTed: an absolute http(s) URL on a public address (see Webhooks:AllowPrivateAddresses). Redirects are not followed.</summary>
    public string Url { get; init; } = "";

    /// <summary>The events to send: letter.created, letter.sent, letter.closed, dispatch.sent, dispatch.delivered, dispatch.replied, dispatch.closed, dispatch.overdue.</summary>
    [KnownValues(typeof(WebhookEventTypes), nameof(WebhookEventTypes.All))]
    public List<string> EventTypes { get; init; } = [];

    /// <summary>What it is for.</summary>
    public string? Description { get; init; }

    /// <summary>Shown in Swagger.</summary>
    public static WebhookRequest Example { get; } = new()
    {
        Url = "https://hooks.example.org/lettertracker",
        EventTypes = [WebhookEventTypes.DispatchReplied, WebhookEventTypes.DispatchOverdue],
        Description = "Campaign team's chat channel",
    };
}
