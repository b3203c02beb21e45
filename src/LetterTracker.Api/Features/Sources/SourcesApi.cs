using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LetterTracker.Api.Features.Sources;

public static class SourcesApi
{
    public static void MapSources(this IEndpointRouteBuilder api)
    {
        var sources = api.MapGroup("/sources").WithTags("Sources");
        sources.MapGet("/", ListSources).WithName(nameof(ListSources)).ProducesProblem(StatusCodes.Status400BadRequest);
        sources.MapGet("/{id}", GetSource).WithName(nameof(GetSource))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>List sources</summary>
    /// <remarks>The documents facts come from, oldest record first. Paged with limit and cursor; the Link header points at the next page.</remarks>
    public static async Task<Ok<Page<SourceResponse>>> ListSources(
        [AsParameters] PageQuery page, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Sources.ToPageAsync(SourceResponse.Projection, page, http, cancellationToken));

    /// <summary>Get a source</summary>
    /// <remarks>One document with its full text. The ETag header carries the record's version.</remarks>
    /// <param name="id">The source's id (a UUID).</param>
    public static Task<Ok<SourceResponse>> GetSource(
        Guid id, LetterTrackerDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        db.Sources.ReadOneAsync(id, SourceResponse.Projection, "source", response, cancellationToken);
}
