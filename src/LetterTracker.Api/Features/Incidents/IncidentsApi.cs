using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Api.Common.Writes;
using LetterTracker.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LetterTracker.Api.Features.Incidents;

public static class IncidentsApi
{
    public static void MapIncidents(this IEndpointRouteBuilder api)
    {
        api.MapResource<IncidentRequest>("/incidents", "Incidents", new(
            ListIncidents, GetIncident, CreateIncident, ReplaceIncident, PatchIncident, DeleteIncident));
    }

    /// <summary>List incidents</summary>
    /// <remarks>Each as a summary: the record with a count of its letters, without its letters and citations (GET /api/incidents/{id} has them). Oldest record first unless sort says otherwise. Filter by district (any spelling), country, dates and words (q); the filters combine with AND, each given at most once; a blank text, a q without a word, a malformed date, to before from or an unknown sort is a 400 keyed by the parameter. Paged with limit and cursor; the Link header points at the next page.</remarks>
    public static async Task<Ok<Page<IncidentSummary>>> ListIncidents(
        [AsParameters] IncidentListQuery query, [AsParameters] PageQuery page, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await query.Filter(db.Incidents, db, http.Request)
            .ToPageAsync(IncidentSummary.Projection, page, http, cancellationToken, query.Order()));

    /// <summary>Get an incident</summary>
    /// <remarks>An event letters are about, with its letters and citations. The ETag header carries the record's version.</remarks>
    /// <param name="id">The incident's id (a UUID).</param>
    public static Task<Ok<IncidentResponse>> GetIncident(
        Guid id, LetterTrackerDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        db.Incidents.ReadOneAsync(id, IncidentResponse.Projection, "incident", response, cancellationToken);

    /// <summary>Create an incident</summary>
    /// <remarks>Adds an event letters are about. occurredFrom..occurredTo is the date range the sources give, not in the future; killed and injured stay null when no source gives a number. Answers 201 with the record, its Location and ETag.</remarks>
    /// <param name="incident">The new incident.</param>
    public static Task<Created<IncidentResponse>> CreateIncident(
        WriteBody<IncidentRequest> incident, HttpContext http, CancellationToken cancellationToken) =>
        IncidentWrites.Model.Create(incident, http, cancellationToken);

    /// <summary>Replace an incident</summary>
    /// <remarks>Sends the whole record; fields left out are cleared (an unknown count stays null). Requires If-Match with the ETag last read.</remarks>
    /// <param name="id">The incident's id (a UUID).</param>
    /// <param name="incident">The incident as it should be.</param>
    public static Task<Ok<IncidentResponse>> ReplaceIncident(
        Guid id, WriteBody<IncidentRequest> incident, HttpContext http, CancellationToken cancellationToken) =>
        IncidentWrites.Model.Replace(id, incident, http, cancellationToken);

    /// <summary>Change part of an incident</summary>
    /// <remarks>A JSON Merge Patch (application/merge-patch+json, or application/json): the fields sent are changed, null clears one. Requires If-Match.</remarks>
    /// <param name="id">The incident's id (a UUID).</param>
    public static Task<Ok<IncidentResponse>> PatchIncident(
        Guid id, MergePatch patch, HttpContext http, CancellationToken cancellationToken) =>
        IncidentWrites.Model.Patch(id, patch, http, cancellationToken);

    /// <summary>Delete an incident</summary>
    /// <remarks>Refused with 409, listing them, while a letter about it or a citation backing it still refers to it. Requires If-Match.</remarks>
    /// <param name="id">The incident's id (a UUID).</param>
    public static Task<NoContent> DeleteIncident(Guid id, HttpContext http, CancellationToken cancellationToken) =>
        IncidentWrites.Model.Delete(id, http, cancellationToken);
}
