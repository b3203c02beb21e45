using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Dispatches;

public static class DispatchesApi
{
    public static void MapDispatches(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/dispatches").WithTags("Dispatches");
        group.MapGet("/", ListDispatches).WithName(nameof(ListDispatches)).ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", GetDispatch).WithName(nameof(GetDispatch))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/events", ListDispatchEvents).WithName(nameof(ListDispatchEvents))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/events/{eventId}", GetDispatchEvent).WithName(nameof(GetDispatchEvent))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>List dispatches across letters</summary>
    /// <remarks>Every letter-to-recipient dispatch, oldest record first, with its status, due date and whether it is overdue. Paged with limit and cursor.</remarks>
    public static async Task<Ok<Page<DispatchResponse>>> ListDispatches(
        [AsParameters] PageQuery page, LetterTrackerDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Dispatches.ToPageAsync(DispatchResponse.Projection(clock.Today()), page, http, cancellationToken));

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

    /// <summary>Get one event of a dispatch</summary>
    /// <remarks>The ETag header carries the record's version.</remarks>
    /// <param name="id">The dispatch's id (a UUID).</param>
    /// <param name="eventId">The event's id (a UUID).</param>
    public static Task<Ok<DispatchEventResponse>> GetDispatchEvent(
        Guid id, Guid eventId, LetterTrackerDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        db.DispatchEvents.Where(e => e.DispatchId == id)
            .ReadOneAsync(eventId, DispatchEventResponse.Projection, "event of this dispatch", response, cancellationToken);
}
