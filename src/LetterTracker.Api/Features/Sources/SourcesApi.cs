using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Api.Common.Writes;
using LetterTracker.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LetterTracker.Api.Features.Sources;

public static class SourcesApi
{
    public static void MapSources(this IEndpointRouteBuilder api)
    {
        api.MapResource<SourceRequest>("/sources", "Sources", new(
            ListSources, GetSource, CreateSource, ReplaceSource, PatchSource, DeleteSource));
    }

    /// <summary>List sources</summary>
    /// <remarks>The documents facts come from, each as a summary without its full text (GET /api/sources/{id} has it), oldest record first. Paged with limit and cursor; the Link header points at the next page.</remarks>
    public static async Task<Ok<Page<SourceSummary>>> ListSources(
        [AsParameters] PageQuery page, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Sources.ToPageAsync(SourceSummary.Projection, page, http, cancellationToken));

    /// <summary>Get a source</summary>
    /// <remarks>One document with its full text. The ETag header carries the record's version.</remarks>
    /// <param name="id">The source's id (a UUID).</param>
    public static Task<Ok<SourceResponse>> GetSource(
        Guid id, LetterTrackerDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        db.Sources.ReadOneAsync(id, SourceResponse.Projection, "source", response, cancellationToken);

    /// <summary>Create a source</summary>
    /// <remarks>Stores a document facts come from, with its whole text. Answers 201 with the record, its Location and ETag.</remarks>
    public static Task<Created<SourceResponse>> CreateSource(
        WriteBody<SourceRequest> source, HttpContext http, CancellationToken cancellationToken) =>
        SourceWrites.Model.Create(source, http, cancellationToken);

    /// <summary>Replace a source</summary>
    /// <remarks>Sends the whole record; fields left out are cleared. A fullText that no longer contains a citation's quote verbatim is refused with 409 listing those citations. Requires If-Match with the ETag last read.</remarks>
    /// <param name="id">The source's id (a UUID).</param>
    /// <param name="source">The source as it should be.</param>
    public static Task<Ok<SourceResponse>> ReplaceSource(
        Guid id, WriteBody<SourceRequest> source, HttpContext http, CancellationToken cancellationToken) =>
        SourceWrites.Model.Replace(id, source, http, cancellationToken);

    /// <summary>Change part of a source</summary>
    /// <remarks>A JSON Merge Patch (application/merge-patch+json, or application/json): the fields sent are changed, null clears one. A fullText that drops a citation's quote is refused with 409. Requires If-Match.</remarks>
    /// <param name="id">The source's id (a UUID).</param>
    public static Task<Ok<SourceResponse>> PatchSource(
        Guid id, MergePatch patch, HttpContext http, CancellationToken cancellationToken) =>
        SourceWrites.Model.Patch(id, patch, http, cancellationToken);

    /// <summary>Delete a source</summary>
    /// <remarks>Refused with 409, listing them, while citations quote it or dispatch events rest on it. Requires If-Match.</remarks>
    /// <param name="id">The source's id (a UUID).</param>
    public static Task<NoContent> DeleteSource(Guid id, HttpContext http, CancellationToken cancellationToken) =>
        SourceWrites.Model.Delete(id, http, cancellationToken);
}
