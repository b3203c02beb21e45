using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Api.Common.Writes;
using LetterTracker.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LetterTracker.Api.Features.Organisations;

public static class OrganisationsApi
{
    public static void MapOrganisations(this IEndpointRouteBuilder api)
    {
        api.MapResource<OrganisationRequest>("/organisations", "Organisations", new(
            ListOrganisations, GetOrganisation, CreateOrganisation, ReplaceOrganisation, PatchOrganisation, DeleteOrganisation));
    }

    /// <summary>List organisations</summary>
    /// <remarks>Each as a summary: the record without its citations (GET /api/organisations/{id} has them). Oldest record first unless sort says otherwise. Filter by country and by words (q); the filters combine with AND, each given at most once; a blank country, a q without a word or an unknown sort is a 400 keyed by the parameter. Paged with limit and cursor; the Link header points at the next page.</remarks>
    public static async Task<Ok<Page<OrganisationSummary>>> ListOrganisations(
        [AsParameters] OrganisationListQuery query, [AsParameters] PageQuery page, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await query.Filter(db.Organisations, db)
            .ToPageAsync(OrganisationSummary.Projection, page, http, cancellationToken, query.Order()));

    /// <summary>Get an organisation</summary>
    /// <remarks>A sender of letters, with its citations. The ETag header carries the record's version.</remarks>
    /// <param name="id">The organisation's id (a UUID).</param>
    public static Task<Ok<OrganisationResponse>> GetOrganisation(
        Guid id, LetterTrackerDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        db.Organisations.ReadOneAsync(id, OrganisationResponse.Projection, "organisation", response, cancellationToken);

    /// <summary>Create an organisation</summary>
    /// <remarks>Adds a sender of letters. Answers 201 with the record, its Location and ETag.</remarks>
    public static Task<Created<OrganisationResponse>> CreateOrganisation(
        WriteBody<OrganisationRequest> organisation, HttpContext http, CancellationToken cancellationToken) =>
        OrganisationWrites.Model.Create(organisation, http, cancellationToken);

    /// <summary>Replace an organisation</summary>
    /// <remarks>Sends the whole record; fields left out are cleared. Requires If-Match with the ETag last read.</remarks>
    /// <param name="id">The organisation's id (a UUID).</param>
    /// <param name="organisation">The organisation as it should be.</param>
    public static Task<Ok<OrganisationResponse>> ReplaceOrganisation(
        Guid id, WriteBody<OrganisationRequest> organisation, HttpContext http, CancellationToken cancellationToken) =>
        OrganisationWrites.Model.Replace(id, organisation, http, cancellationToken);

    /// <summary>Change part of an organisation</summary>
    /// <remarks>A JSON Merge Patch (application/merge-patch+json, or application/json): the fields sent are changed, null clears one. Requires If-Match.</remarks>
    /// <param name="id">The organisation's id (a UUID).</param>
    public static Task<Ok<OrganisationResponse>> PatchOrganisation(
        Guid id, MergePatch patch, HttpContext http, CancellationToken cancellationToken) =>
        OrganisationWrites.Model.Patch(id, patch, http, cancellationToken);

    /// <summary>Delete an organisation</summary>
    /// <remarks>Refused with 409, listing them, while a letter it signed or a citation still refers to it. Requires If-Match.</remarks>
    /// <param name="id">The organisation's id (a UUID).</param>
    public static Task<NoContent> DeleteOrganisation(Guid id, HttpContext http, CancellationToken cancellationToken) =>
        OrganisationWrites.Model.Delete(id, http, cancellationToken);
}
