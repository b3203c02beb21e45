using LetterTracker.Api.Common.Access;
using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Api.Common.Writes;
using LetterTracker.Api.Features.Dispatches;
using LetterTracker.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Letters;

public static class LettersApi
{
    public static void MapLetters(this IEndpointRouteBuilder api)
    {
        var group = api.MapResource<LetterRequest>("/letters", "Letters", new(
            ListLetters, GetLetter, CreateLetter, ReplaceLetter, PatchLetter, DeleteLetter));
        group.MapGet("/{id}/dispatches", ListLetterDispatches).NamedAfter(ListLetterDispatches).RequireAuthorization(AccessPolicies.Read).ProducesReadProblems();
    }

    /// <summary>List letters</summary>
    /// <remarks>Each as a summary (a table row: subject, status, send date, language, and counts of its signatories, recipients, dispatches by status and overdue dispatches; GET /api/letters/{id} has the whole record), oldest record first unless sort says otherwise. Filter by signing organisation, recipient, incident, status, the dates sent and words (q); the filters combine with AND, each given at most once; an unknown status or sort, a malformed id or date, sentTo before sentFrom or a q without a word is a 400 keyed by the parameter. Paged with limit and cursor; a cursor only continues the sort it was issued for.</remarks>
    public static async Task<Ok<Page<LetterSummary>>> ListLetters(
        [AsParameters] LetterListQuery query, [AsParameters] PageQuery page, LetterTrackerDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await query.Filter(db.Letters, db, http.Request)
            .ToPageAsync(LetterSummary.Projection(clock.Today()), page, http, cancellationToken, query.Order()));

    /// <summary>Get a letter</summary>
    /// <remarks>Who signed it, what it is about, who received it and where each dispatch stands, with the citations behind it: one call. The ETag header carries the record's version.</remarks>
    /// <param name="id">The letter's id (a UUID).</param>
    public static async Task<Ok<LetterResponse>> GetLetter(
        Guid id, LetterTrackerDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken) =>
        TypedResults.Ok(await LetterRecord.ReadAsync(db, id, clock.Today(), response, cancellationToken));

    /// <summary>List a letter's dispatches</summary>
    /// <remarks>One dispatch per recipient, as summaries like the dispatch list's. Paged with limit and cursor.</remarks>
    /// <param name="id">The letter's id (a UUID).</param>
    public static async Task<Ok<Page<DispatchSummary>>> ListLetterDispatches(
        Guid id, [AsParameters] PageQuery page, LetterTrackerDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        if (!await db.Letters.AnyAsync(l => l.Id == id, cancellationToken))
        {
            throw ProblemException.NotFound("letter", id);
        }

        return TypedResults.Ok(await db.Dispatches.Where(d => d.LetterId == id)
            .ToPageAsync(DispatchSummary.Projection(clock.Today()), page, http, cancellationToken));
    }

    /// <summary>Create a letter</summary>
    /// <remarks>With its signatories, incidents, casualty figures and recipients in one request; each recipient gets a dispatch (sent when the letter is, else draft). Answers 201 with the record, its Location and ETag.</remarks>
    public static Task<Created<LetterResponse>> CreateLetter(WriteBody<LetterRequest> letter, HttpContext http, CancellationToken cancellationToken) =>
        LetterWrites.Model.Create(letter, http, cancellationToken);

    /// <summary>Replace a letter</summary>
    /// <remarks>Sends the whole letter, relations included: ids added to signatoryIds, incidentIds, casualtyFigureIds or recipientIds are linked, ids left out are unlinked (a recipient whose dispatch has history cannot be). A draft set to sent sends its draft dispatches, one sent event each, dated by sentOn (today when it has none); closed closes the dispatches still open, one closed event each; sent or draft while every dispatch has an outcome is a 409. Requires If-Match.</remarks>
    /// <param name="id">The letter's id (a UUID).</param>
    /// <param name="letter">The letter as it should be.</param>
    public static Task<Ok<LetterResponse>> ReplaceLetter(Guid id, WriteBody<LetterRequest> letter, HttpContext http, CancellationToken cancellationToken) =>
        LetterWrites.Model.Replace(id, letter, http, cancellationToken);

    /// <summary>Change part of a letter</summary>
    /// <remarks>A JSON Merge Patch (application/merge-patch+json, or application/json): the fields sent are changed, null clears one, and a list sent (such as signatoryIds) replaces the list. {"status": "sent"} sends a draft with its dispatches in one call, as a replace does. Requires If-Match.</remarks>
    /// <param name="id">The letter's id (a UUID).</param>
    public static Task<Ok<LetterResponse>> PatchLetter(Guid id, MergePatch patch, HttpContext http, CancellationToken cancellationToken) =>
        LetterWrites.Model.Patch(id, patch, http, cancellationToken);

    /// <summary>Delete a letter</summary>
    /// <remarks>Refused with 409, listing them, while it has dispatches or citations. Its links to signatories, incidents and figures go with it. Requires If-Match.</remarks>
    /// <param name="id">The letter's id (a UUID).</param>
    public static Task<NoContent> DeleteLetter(Guid id, HttpContext http, CancellationToken cancellationToken) =>
        LetterWrites.Model.Delete(id, http, cancellationToken);
}
