using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LetterTracker.Api.Features.Incidents;

public static class IncidentsApi
{
    public static void MapIncidents(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/incidents").WithTags("Incidents");
        group.MapGet("/", ListIncidents).WithName(nameof(ListIncidents)).ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", GetIncident).WithName(nameof(GetIncident))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>List incidents</summary>
    /// <remarks>Oldest record first. Paged with limit and cursor; the Link header points at the next page.</remarks>
    public static async Task<Ok<Page<IncidentResponse>>> ListIncidents(
        [AsParameters] PageQuery page, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Incidents.ToPageAsync(IncidentResponse.Projection, page, http, cancellationToken));

    /// <summary>Get an incident</summary>
    /// <remarks>An event letters are about, with its letters and citations. The ETag header carries the record's version.</remarks>
    /// <param name="id">The incident's id (a UUID).</param>
    public static Task<Ok<IncidentResponse>> GetIncident(
        Guid id, LetterTrackerDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        db.Incidents.ReadOneAsync(id, IncidentResponse.Projection, "incident", response, cancellationToken);
}
