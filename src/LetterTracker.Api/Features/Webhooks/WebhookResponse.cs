using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using LetterTracker.Api.Common;
using LetterTracker.Data;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Webhooks;

/// <summary>A subscription as lists and reads show it: never its secret.</summary>
/// <param name="Id">UUIDv7.</param>
/// <param name="Url">Where deliveries are POSTed.</param>
/// <param name="EventTypes">The events it receives.</param>
/// <param name="Description">What it is for.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When the record last changed.</param>
/// <param name="Version">Concurrency version; also the ETag.</param>
public sealed record WebhookResponse(
    Guid Id,
    [property: MaxLength(Limits.Url)] string Url,
    [property: KnownValues(typeof(WebhookEventTypes), nameof(WebhookEventTypes.All))] IReadOnlyList<string> EventTypes,
    [property: MaxLength(Limits.Description)] string? Description,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version) : IResource
{
    /// <summary>Shown in Swagger.</summary>
    public static WebhookResponse Example { get; } = new(
        Examples.Webhook, WebhookRequest.Example.Url, WebhookRequest.Example.EventTypes, WebhookRequest.Example.Description,
        Examples.Created, Examples.Created, 1);

    public static readonly Expression<Func<WebhookSubscription, WebhookResponse>> Projection = w => new WebhookResponse(
        w.Id, w.Url, w.EventTypes, w.Description, w.CreatedAt, w.UpdatedAt, w.Version);
}
