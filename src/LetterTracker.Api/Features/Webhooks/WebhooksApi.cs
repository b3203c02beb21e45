using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Access;
using LetterTracker.Api.Common.Idempotency;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Api.Common.Writes;
using LetterTracker.Api.Features.Audit;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Webhooks;

public static class WebhooksApi
{
    /// <summary>The subscriptions' name in the audit trail, as in their path.</summary>
    public const string Resource = "webhooks";

    private const string Noun = "webhook";

    public static void MapWebhooks(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/webhooks").WithTags("Webhooks").RequireAuthorization(AccessPolicies.Admin);
        group.MapGet("/", ListWebhooks).NamedAfter(ListWebhooks).ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", GetWebhook).NamedAfter(GetWebhook).ProducesReadProblems();
        group.MapPost("/", CreateWebhook).NamedAfter(CreateWebhook)
            .WithMetadata(new NoIdempotencyKey(
                "Not accepted here: the answer holds the subscription's signing secret, which a replay would have to store apart. " +
                "If an answer is lost, delete the subscription it created (GET /api/webhooks lists it) and create another."))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapDelete("/{id}", DeleteWebhook).NamedAfter(DeleteWebhook)
            .ProducesDeleteProblems();
        group.MapGet("/{id}/deliveries", ListWebhookDeliveries).NamedAfter(ListWebhookDeliveries).ProducesReadProblems();
        group.MapPost("/{id}/deliveries/{deliveryId}/redeliver", RedeliverWebhookDelivery).NamedAfter(RedeliverWebhookDelivery)
            .ProducesReadProblems()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>List webhook subscriptions</summary>
    /// <remarks>Every subscription, oldest first; never a secret. Paged with limit and cursor. Needs an admin key.</remarks>
    public static async Task<Ok<Page<WebhookResponse>>> ListWebhooks(
        [AsParameters] PageQuery page, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.WebhookSubscriptions.ToPageAsync(WebhookResponse.Projection, page, http, cancellationToken));

    /// <summary>Get a webhook subscription</summary>
    /// <remarks>Its URL, event types and description; never its secret. The ETag header carries the record's version. Needs an admin key.</remarks>
    /// <param name="id">The subscription's id (a UUID).</param>
    public static Task<Ok<WebhookResponse>> GetWebhook(Guid id, LetterTrackerDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        db.WebhookSubscriptions.ReadOneAsync(id, WebhookResponse.Projection, Noun, response, cancellationToken);

    /// <summary>Subscribe a URL to events</summary>
    /// <remarks>
    /// From the next write on, each event of the types named is POSTed to the URL as JSON ({"type", "timestamp",
    /// "data"}) with the Standard Webhooks headers webhook-id, webhook-timestamp and webhook-signature. Answers 201
    /// with the signing secret, shown this once (the response is not cached). Deliveries are written in the
    /// transaction of the change they tell of and sent by a background sender: at least once (a receiver may see
    /// an id twice), in order for each dispatch or letter, retried with exponential back-off when the receiver
    /// does not answer 2xx; redirects are not followed. dispatch.overdue is sent once per dispatch, the day after
    /// its due day passes without an answer. Only http(s) URLs on public addresses, unless
    /// Webhooks:AllowPrivateAddresses is set. An Idempotency-Key is refused (400): a replay would need the secret.
    /// Recorded in the audit trail (resource webhooks), without the secret. Needs an admin key.
    /// </remarks>
    public static async Task<Created<NewWebhookResponse>> CreateWebhook(
        WriteBody<WebhookRequest> body, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var request = await BodyReader.ReadNewAsync<WebhookRequest, NewWebhookResponse>(body.Fields, http, cancellationToken);
        var subscription = new WebhookSubscription
        {
            Url = request.Url,
            EventTypes = [.. request.EventTypes],
            Description = request.Description,
            Secret = WebhookSigning.NewSecret(),
        };
        db.WebhookSubscriptions.Add(subscription);
        AuditTrail.Record(db, http, Resource, subscription.Id, AuditAction.Create, before: null, after: Audited(subscription));
        await Writes.Save(db, Noun, subscription, cancellationToken);
        var stored = await db.WebhookSubscriptions.ReadAsync(subscription.Id, WebhookResponse.Projection, Noun, http.Response, cancellationToken);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created($"/api/webhooks/{subscription.Id}", NewWebhookResponse.From(stored, subscription.Secret));
    }

    /// <summary>Delete a webhook subscription</summary>
    /// <remarks>Nothing more is sent to it, and its delivery log goes with it. Requires If-Match with the ETag last read. Needs an admin key.</remarks>
    /// <param name="id">The subscription's id (a UUID).</param>
    public static async Task<NoContent> DeleteWebhook(Guid id, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var tags = IfMatch.RequiredTags(http.Request);
        var subscription = await db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw ProblemException.NotFound(Noun, id);
        IfMatch.Match(subscription, tags, Noun);
        db.WebhookSubscriptions.Remove(subscription);
        AuditTrail.Record(db, http, Resource, id, AuditAction.Delete, before: Audited(subscription), after: null);
        await Writes.Save(db, Noun, subscription, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// A subscription as the audit trail (which editors read) records it: its URL's origin only, since a path or query
    /// may hold a credential, and never its secret.
    /// </summary>
    private static object Audited(WebhookSubscription subscription) =>
        new { Url = WebhookAddresses.Origin(subscription.Url), subscription.EventTypes, subscription.Description };

    /// <summary>List a subscription's deliveries</summary>
    /// <remarks>
    /// Its delivery log, oldest first (the order events happened): each event sent or to be sent, with its status (pending, delivered,
    /// failed), attempts, the receiver's last answer or error, and the body sent. Paged with limit and cursor.
    /// Needs an admin key.
    /// </remarks>
    /// <param name="id">The subscription's id (a UUID).</param>
    public static async Task<Ok<Page<WebhookDeliveryResponse>>> ListWebhookDeliveries(
        Guid id, [AsParameters] PageQuery page, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        if (!await db.WebhookSubscriptions.AnyAsync(s => s.Id == id, cancellationToken))
        {
            throw ProblemException.NotFound(Noun, id);
        }

        return TypedResults.Ok(await db.WebhookDeliveries.Where(d => d.SubscriptionId == id)
            .ToPageAsync(WebhookDeliveryResponse.Projection, page, http, cancellationToken));
    }

    /// <summary>Send a delivery again</summary>
    /// <remarks>
    /// Makes the delivery pending again, due at once, with its attempts counted afresh: the sender POSTs it with
    /// the same webhook-id (so a receiver that saw it can tell), delivered or failed before. Answers 202 with the
    /// delivery as it now stands: queued, not sent yet. Needs an admin key.
    /// </remarks>
    /// <param name="id">The subscription's id (a UUID).</param>
    /// <param name="deliveryId">The delivery's id (a UUID).</param>
    public static async Task<Accepted<WebhookDeliveryResponse>> RedeliverWebhookDelivery(
        Guid id, Guid deliveryId, LetterTrackerDbContext db, WebhookSignal signal, HttpContext http, CancellationToken cancellationToken)
    {
        var delivery = await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == deliveryId && d.SubscriptionId == id, cancellationToken)
            ?? throw ProblemException.NotFound("webhook delivery", deliveryId);
        if (delivery.ClaimedUntil > WebhookSender.RealTime.GetUtcNow())
        {
            throw ProblemException.Conflict("The delivery is being sent right now; ask again once its attempt is recorded.");
        }

        delivery.Status = WebhookDeliveryStatus.Pending;
        delivery.Attempts = 0;
        delivery.NextAttemptAt = null;
        delivery.ClaimedUntil = null;
        // Woken when the request's transaction commits: woken now, the sender could read the delivery
        // as it was (failed) and sleep until its next poll.
        signal.Written(db);
        await Writes.Save(db, "webhook delivery", delivery, cancellationToken);
        return TypedResults.Accepted($"/api/webhooks/{id}/deliveries",
            await db.WebhookDeliveries.ReadAsync(deliveryId, WebhookDeliveryResponse.Projection, "webhook delivery", http.Response, cancellationToken));
    }
}
