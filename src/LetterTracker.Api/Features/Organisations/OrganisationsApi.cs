using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LetterTracker.Api.Features.Organisations;

public static class OrganisationsApi
{
    public static void MapOrganisations(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/organisations").WithTags("Organisations");
        group.MapGet("/", ListOrganisations).WithName(nameof(ListOrganisations)).ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", GetOrganisation).WithName(nameof(GetOrganisation))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>List organisations</summary>
    /// <remarks>Oldest record first. Paged with limit and cursor; the Link header points at the next page.</remarks>
    public static async Task<Ok<Page<OrganisationResponse>>> ListOrganisations(
        [AsParameters] PageQuery page, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Organisations.ToPageAsync(OrganisationResponse.Projection, page, http, cancellationToken));

    /// <summary>Get an organisation</summary>
    /// <remarks>A sender of letters, with its citations. The ETag header carries the record's version.</remarks>
    /// <param name="id">The organisation's id (a UUID).</param>
    public static Task<Results<Ok<OrganisationResponse>, ProblemHttpResult>> GetOrganisation(
        Guid id, LetterTrackerDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        db.Organisations.ReadOneAsync(id, OrganisationResponse.Projection, "organisation", response, cancellationToken);
}
