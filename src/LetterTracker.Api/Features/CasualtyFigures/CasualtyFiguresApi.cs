using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LetterTracker.Api.Features.CasualtyFigures;

public static class CasualtyFiguresApi
{
    public static void MapCasualtyFigures(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/casualty-figures").WithTags("Casualty Figures");
        group.MapGet("/", ListCasualtyFigures).WithName(nameof(ListCasualtyFigures)).ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", GetCasualtyFigure).WithName(nameof(GetCasualtyFigure))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>List casualty figures</summary>
    /// <remarks>Oldest record first. Paged with limit and cursor; the Link header points at the next page.</remarks>
    public static async Task<Ok<Page<CasualtyFigureResponse>>> ListCasualtyFigures(
        [AsParameters] PageQuery page, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.CasualtyFigures.ToPageAsync(CasualtyFigureResponse.Projection, page, http, cancellationToken));

    /// <summary>Get a casualty figure</summary>
    /// <remarks>An aggregate statistic quoted in advocacy, with the letters that quote it and its citations. The ETag header carries the record's version.</remarks>
    /// <param name="id">The casualty figure's id (a UUID).</param>
    public static Task<Ok<CasualtyFigureResponse>> GetCasualtyFigure(
        Guid id, LetterTrackerDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        db.CasualtyFigures.ReadOneAsync(id, CasualtyFigureResponse.Projection, "casualty figure", response, cancellationToken);
}
