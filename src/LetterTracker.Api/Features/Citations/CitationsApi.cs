using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Api.Common.Writes;
using LetterTracker.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LetterTracker.Api.Features.Citations;

public static class CitationsApi
{
    public static void MapCitations(this IEndpointRouteBuilder api)
    {
        api.MapResource<CitationRequest>("/citations", "Citations", new(
            ListCitations, GetCitation, CreateCitation, ReplaceCitation, PatchCitation, DeleteCitation));
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

    /// <summary>Create a citation</summary>
    /// <remarks>Backs one record (recordType and recordId) with a quote that occurs verbatim in the source's fullText; otherwise 400 on quote. Answers 201 with the record, its Location and ETag.</remarks>
    public static Task<Created<CitationResponse>> CreateCitation(
        WriteBody<CitationRequest> citation, HttpContext http, CancellationToken cancellationToken) =>
        CitationWrites.Model.Create(citation, http, cancellationToken);

    /// <summary>Replace a citation</summary>
    /// <remarks>Sends the whole record; fields left out are cleared. The quote must occur verbatim in the source's fullText. Requires If-Match with the ETag last read.</remarks>
    /// <param name="id">The citation's id (a UUID).</param>
    /// <param name="citation">The citation as it should be.</param>
    public static Task<Ok<CitationResponse>> ReplaceCitation(
        Guid id, WriteBody<CitationRequest> citation, HttpContext http, CancellationToken cancellationToken) =>
        CitationWrites.Model.Replace(id, citation, http, cancellationToken);

    /// <summary>Change part of a citation</summary>
    /// <remarks>A JSON Merge Patch (application/merge-patch+json, or application/json): the fields sent are changed, null clears one; the result is checked as a PUT would be. Requires If-Match.</remarks>
    /// <param name="id">The citation's id (a UUID).</param>
    public static Task<Ok<CitationResponse>> PatchCitation(
        Guid id, MergePatch patch, HttpContext http, CancellationToken cancellationToken) =>
        CitationWrites.Model.Patch(id, patch, http, cancellationToken);

    /// <summary>Delete a citation</summary>
    /// <remarks>Removes the quote; the source and the record it backed stay. Nothing refers to a citation, so only a missing or stale If-Match refuses it.</remarks>
    /// <param name="id">The citation's id (a UUID).</param>
    public static Task<NoContent> DeleteCitation(Guid id, HttpContext http, CancellationToken cancellationToken) =>
        CitationWrites.Model.Delete(id, http, cancellationToken);
}
