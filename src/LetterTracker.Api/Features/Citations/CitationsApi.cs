using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LetterTracker.Api.Features.Citations;

public static class CitationsApi
{
    public static void MapCitations(this IEndpointRouteBuilder api)
    {
        var citations = api.MapGroup("/citations").WithTags("Citations");
        citations.MapGet("/", ListCitations).WithName(nameof(ListCitations)).ProducesProblem(StatusCodes.Status400BadRequest);
        citations.MapGet("/{id}", GetCitation).WithName(nameof(GetCitation))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>List citations</summary>
    /// <remarks>Every quote that backs a record, with the source it comes from and the record it backs. Paged with limit and cursor.</remarks>
    public static async Task<Ok<Page<CitationResponse>>> ListCitations(
        [AsParameters] PageQuery page, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Citations.ToPageAsync(CitationResponse.Projection, page, http, cancellationToken));

    /// <summary>Get a citation</summary>
    /// <remarks>One quote, its source and the record it backs. The ETag header carries the record's version.</remarks>
    /// <param name="id">The citation's id (a UUID).</param>
    public static Task<Ok<CitationResponse>> GetCitation(
        Guid id, LetterTrackerDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        db.Citations.ReadOneAsync(id, CitationResponse.Projection, "citation", response, cancellationToken);
}
