using System.ComponentModel.DataAnnotations;
using LetterTracker.Api.Common;
using LetterTracker.Data;

namespace LetterTracker.Api.Features.Webhooks;

/// <summary>A subscription just created, with its signing secret: the only answer that shows it. Store it now.</summary>
/// <param name="Id">UUIDv7.</param>
/// <param name="Url">Where deliveries are POSTed.</param>
/// <param name="EventTypes">The events it receives.</param>
/// <param name="Description">What it is for.</param>
/// <param name="Secret">Verifies each delivery's webhook-signature (Standard Webhooks: HMAC-SHA256 under the base64 key after "whsec_", over "{webhook-id}.{webhook-timestamp}.{body}").</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">Same as createdAt.</param>
/// <param name="Version">Concurrency version; also the ETag.</param>
public sealed record NewWebhookResponse(
    Guid Id,
    [property: MaxLength(Limits.Url)] string Url,
    [property: KnownValues(typeof(WebhookEventTypes), nameof(WebhookEventTypes.All))] IReadOnlyList<string> EventTypes,
    [property: MaxLength(Limits.Description)] string? Description,
    [property: MaxLength(64)] string Secret,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version) : IResource
{
    /// <summary>Shown in Swagger (an example secret, not one of any server).</summary>
    public static NewWebhookResponse Example { get; } = From(WebhookResponse.Example, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw3bFqVg1XhWc=");

    public static NewWebhookResponse From(WebhookResponse webhook, string secret) => new(
        webhook.Id, webhook.Url, webhook.EventTypes, webhook.Description, secret, webhook.CreatedAt, webhook.UpdatedAt, webhook.Version);
}
