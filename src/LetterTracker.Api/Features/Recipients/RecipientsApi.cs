using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Api.Common.Writes;
using LetterTracker.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LetterTracker.Api.Features.Recipients;

public static class RecipientsApi
{
    public static void MapRecipients(this IEndpointRouteBuilder api)
    {
        api.MapResource<RecipientRequest>("/recipients", "Recipients", new(
            ListRecipients, GetRecipient, CreateRecipient, ReplaceRecipient, PatchRecipient, DeleteRecipient));
    }

    /// <summary>List recipients</summary>
    /// <remarks>Each as a summary: the record without its citations (GET /api/recipients/{id} has them). Oldest record first unless sort says otherwise. Filter by kind, by whether a dispatch still awaits its first reply, and by words (q); the filters combine with AND, each given at most once; an unknown kind or sort, a malformed boolean or a q without a word is a 400 keyed by the parameter. Paged with limit and cursor; the Link header points at the next page.</remarks>
    public static async Task<Ok<Page<RecipientSummary>>> ListRecipients(
        [AsParameters] RecipientListQuery query, [AsParameters] PageQuery page, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await query.Filter(db.Recipients, db)
            .ToPageAsync(RecipientSummary.Projection(db), page, http, cancellationToken, query.Order()));

    /// <summary>Get a recipient</summary>
    /// <remarks>A body letters go to, with its parent and citations. The ETag header carries the record's version.</remarks>
    /// <param name="id">The recipient's id (a UUID).</param>
    public static Task<Ok<RecipientResponse>> GetRecipient(
        Guid id, LetterTrackerDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        db.Recipients.ReadOneAsync(id, RecipientResponse.Projection(db), "recipient", response, cancellationToken);

    /// <summary>Create a recipient</summary>
    /// <remarks>Adds a body letters go to, optionally under a parent (an EEAS delegation under the EEAS). Its name must differ, ignoring case, from those of the recipients with the same parent (or of the other top-level recipients). Answers 201 with the record, its Location and ETag.</remarks>
    /// <param name="recipient">The new recipient.</param>
    public static Task<Created<RecipientResponse>> CreateRecipient(
        WriteBody<RecipientRequest> recipient, HttpContext http, CancellationToken cancellationToken) =>
        RecipientWrites.Model.Create(recipient, http, cancellationToken);

    /// <summary>Replace a recipient</summary>
    /// <remarks>Sends the whole record; fields left out are cleared. The parent may not be the recipient itself or one of its branches. Requires If-Match with the ETag last read.</remarks>
    /// <param name="id">The recipient's id (a UUID).</param>
    /// <param name="recipient">The recipient as it should be.</param>
    public static Task<Ok<RecipientResponse>> ReplaceRecipient(
        Guid id, WriteBody<RecipientRequest> recipient, HttpContext http, CancellationToken cancellationToken) =>
        RecipientWrites.Model.Replace(id, recipient, http, cancellationToken);

    /// <summary>Change part of a recipient</summary>
    /// <remarks>A JSON Merge Patch (application/merge-patch+json, or application/json): the fields sent are changed, null clears one (parentId: null makes it top-level). Requires If-Match.</remarks>
    /// <param name="id">The recipient's id (a UUID).</param>
    public static Task<Ok<RecipientResponse>> PatchRecipient(
        Guid id, MergePatch patch, HttpContext http, CancellationToken cancellationToken) =>
        RecipientWrites.Model.Patch(id, patch, http, cancellationToken);

    /// <summary>Delete a recipient</summary>
    /// <remarks>Refused with 409, listing them, while it has branches (child recipients), dispatches, citations, or dispatch events that referred a letter to it. Requires If-Match.</remarks>
    /// <param name="id">The recipient's id (a UUID).</param>
    public static Task<NoContent> DeleteRecipient(Guid id, HttpContext http, CancellationToken cancellationToken) =>
        RecipientWrites.Model.Delete(id, http, cancellationToken);
}
