using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Api.Features.Dispatches;
using LetterTracker.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Letters;

public static class LettersApi
{
    public static void MapLetters(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/letters").WithTags("Letters");
        group.MapGet("/", ListLetters).WithName(nameof(ListLetters)).ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", GetLetter).WithName(nameof(GetLetter))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/dispatches", ListLetterDispatches).WithName(nameof(ListLetterDispatches))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>List letters</summary>
    /// <remarks>Oldest record first, each with its signatories, incidents, figures, dispatches and citations. Paged with limit and cursor.</remarks>
    public static async Task<Ok<Page<LetterResponse>>> ListLetters(
        [AsParameters] PageQuery page, LetterTrackerDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Letters.ToPageAsync(LetterResponse.Projection(clock.Today()), page, http, cancellationToken));

    /// <summary>Get a letter</summary>
    /// <remarks>Who signed it, what it is about, who received it and where each dispatch stands, with the citations behind it: one call. The ETag header carries the record's version.</remarks>
    /// <param name="id">The letter's id (a UUID).</param>
    public static Task<Ok<LetterResponse>> GetLetter(
        Guid id, LetterTrackerDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken) =>
        db.Letters.ReadOneAsync(id, LetterResponse.Projection(clock.Today()), "letter", response, cancellationToken);

    /// <summary>List a letter's dispatches</summary>
    /// <remarks>One dispatch per recipient, in full. Paged with limit and cursor.</remarks>
    /// <param name="id">The letter's id (a UUID).</param>
    public static async Task<Ok<Page<DispatchResponse>>> ListLetterDispatches(
        Guid id, [AsParameters] PageQuery page, LetterTrackerDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        if (!await db.Letters.AnyAsync(l => l.Id == id, cancellationToken))
        {
            throw ProblemException.NotFound("letter", id);
        }

        return TypedResults.Ok(await db.Dispatches.Where(d => d.LetterId == id)
            .ToPageAsync(DispatchResponse.Projection(clock.Today()), page, http, cancellationToken));
    }
}
