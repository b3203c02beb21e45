using LetterTracker.Api.Common.Access;
using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Api.Common.Writes;
using LetterTracker.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Dispatches;

public static class DispatchesApi
{
    public static void MapDispatches(this IEndpointRouteBuilder api)
    {
        var group = api.MapResource<DispatchRequest>("/dispatches", "Dispatches", new(
            ListDispatches, GetDispatch, CreateDispatch, ReplaceDispatch, PatchDispatch, DeleteDispatch));
        group.MapGet("/{id}/events", ListDispatchEvents).NamedAfter(ListDispatchEvents).RequireAuthorization(AccessPolicies.Read).ProducesReadProblems();
        group.MapGet("/{id}/events/{eventId}", GetDispatchEvent).NamedAfter(GetDispatchEvent).RequireAuthorization(AccessPolicies.Read).ProducesReadProblems();
        group.MapPost("/{id}/events", RecordDispatchEvent).NamedAfter(RecordDispatchEvent).RequireAuthorization(AccessPolicies.Editor)
            .WithMetadata(new OptionalIfMatch(
                "The dispatch's ETag as last read: the event is then recorded only if the dispatch has not changed since (else 412). " +
                "Without it, the event is checked against the dispatch's current status."))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    /// <summary>List dispatches across letters</summary>
    /// <remarks>Every letter-to-recipient dispatch with its status, due date and whether it is overdue, as a summary (the record without its event count and citations: GET /api/dispatches/{id} has them), oldest record first unless sort says otherwise. Filter by status, overdue, recipient (or its kind), letter, signing organisation, incident and due date; the filters combine with AND, each given at most once; an unknown status, kind or sort, a malformed id, date or boolean is a 400 keyed by the parameter. Paged with limit and cursor; a cursor only continues the sort it was issued for.</remarks>
    public static async Task<Ok<Page<DispatchSummary>>> ListDispatches(
        [AsParameters] DispatchListQuery query, [AsParameters] PageQuery page, LetterTrackerDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var dispatches = query.Filter(db.Dispatches, db, today, http.Request);
        return TypedResults.Ok(await dispatches.ToPageAsync(DispatchSummary.Projection(today), page, http, cancellationToken, query.Order()));
    }

    /// <summary>Get a dispatch</summary>
    /// <remarks>One letter to one recipient, with its status, due date, overdue flag and citations. The ETag header carries the record's version.</remarks>
    /// <param name="id">The dispatch's id (a UUID).</param>
    public static Task<Ok<DispatchResponse>> GetDispatch(
        Guid id, LetterTrackerDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken) =>
        db.Dispatches.ReadOneAsync(id, DispatchResponse.Projection(clock.Today()), "dispatch", response, cancellationToken);

    /// <summary>List a dispatch's events</summary>
    /// <remarks>The dispatch's history in the order it happened (by at, then id). Paged with limit and cursor.</remarks>
    /// <param name="id">The dispatch's id (a UUID).</param>
    public static async Task<Ok<Page<DispatchEventResponse>>> ListDispatchEvents(
        Guid id, [AsParameters] PageQuery page, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        if (!await db.Dispatches.AnyAsync(d => d.Id == id, cancellationToken))
        {
            throw ProblemException.NotFound("dispatch", id);
        }

        return TypedResults.Ok(await db.DispatchEvents.Where(e => e.DispatchId == id)
            .ToPageAsync(DispatchEventResponse.Projection, page, http, cancellationToken, DispatchEventResponse.Chronological));
    }

    /// <summary>Record an event of a dispatch</summary>
    /// <remarks>
    /// Appends to the dispatch's history and moves its status forward: sent, delivered, acknowledged, then one
    /// outcome (responded, referred, declined or closed); steps may be skipped, never undone. followUpSent and note
    /// leave the status as it is. A move the lifecycle does not allow is 409, naming currentStatus and
    /// requestedStatus. The first answer (acknowledged, responded, referred, declined) dates the first reply; a
    /// sent event dates the dispatch and its dueOn, and sends its letter if that is a draft (sentOn the day of the
    /// event); the last dispatch of a letter to reach an outcome closes the letter. A referred event with referredToRecipientId opens a dispatch of
    /// the same letter to that body, sent at the same time and linked by referredFromDispatchId (openDispatch: false
    /// records the referral only). Events are the history: they are not changed or deleted afterwards.
    /// </remarks>
    /// <param name="id">The dispatch's id (a UUID).</param>
    /// <param name="dispatchEvent">What happened, and when.</param>
    public static Task<Created<DispatchEventResponse>> RecordDispatchEvent(
        Guid id, WriteBody<DispatchEventRequest> dispatchEvent, HttpContext http, CancellationToken cancellationToken) =>
        DispatchEventWrites.Record(id, dispatchEvent, http, cancellationToken);

    /// <summary>Get one event of a dispatch</summary>
    /// <remarks>The ETag header carries the record's version.</remarks>
    /// <param name="id">The dispatch's id (a UUID).</param>
    /// <param name="eventId">The event's id (a UUID).</param>
    public static Task<Ok<DispatchEventResponse>> GetDispatchEvent(
        Guid id, Guid eventId, LetterTrackerDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        db.DispatchEvents.Where(e => e.DispatchId == id)
            .ReadOneAsync(eventId, DispatchEventResponse.Projection, "event of this dispatch", response, cancellationToken);

    /// <summary>Create a dispatch</summary>
    /// <remarks>Sends a letter to one more recipient (a letter's recipientIds do the same). It starts as a draft, or as sent when sentAt is given (which sends a draft letter too, dated that day); added to a closed letter, it opens the letter again. dueOn follows from the send date and the recipient's reply window.</remarks>
    public static Task<Created<DispatchResponse>> CreateDispatch(WriteBody<DispatchRequest> dispatch, HttpContext http, CancellationToken cancellationToken) =>
        DispatchWrites.Model.Create(dispatch, http, cancellationToken);

    /// <summary>Replace a dispatch</summary>
    /// <remarks>Changes how and when it was sent and its delivery reference; its letter and recipient are fixed, its status moves through events. Requires If-Match.</remarks>
    /// <param name="id">The dispatch's id (a UUID).</param>
    /// <param name="dispatch">The dispatch as it should be.</param>
    public static Task<Ok<DispatchResponse>> ReplaceDispatch(Guid id, WriteBody<DispatchRequest> dispatch, HttpContext http, CancellationToken cancellationToken) =>
        DispatchWrites.Model.Replace(id, dispatch, http, cancellationToken);

    /// <summary>Change part of a dispatch</summary>
    /// <remarks>A JSON Merge Patch (application/merge-patch+json, or application/json): the fields sent are changed, null clears one. Requires If-Match.</remarks>
    /// <param name="id">The dispatch's id (a UUID).</param>
    public static Task<Ok<DispatchResponse>> PatchDispatch(Guid id, MergePatch patch, HttpContext http, CancellationToken cancellationToken) =>
        DispatchWrites.Model.Patch(id, patch, http, cancellationToken);

    /// <summary>Delete a dispatch</summary>
    /// <remarks>Refused with 409, listing them, while it has events or citations: its history is not thrown away. Requires If-Match.</remarks>
    /// <param name="id">The dispatch's id (a UUID).</param>
    public static Task<NoContent> DeleteDispatch(Guid id, HttpContext http, CancellationToken cancellationToken) =>
        DispatchWrites.Model.Delete(id, http, cancellationToken);
}
