using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Api.Common.Writes;
using LetterTracker.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LetterTracker.Api.Features.CasualtyFigures;

public static class CasualtyFiguresApi
{
    public static void MapCasualtyFigures(this IEndpointRouteBuilder api)
    {
        api.MapResource<CasualtyFigureRequest>("/casualty-figures", "Casualty Figures", new(
            ListCasualtyFigures, GetCasualtyFigure, CreateCasualtyFigure, ReplaceCasualtyFigure, PatchCasualtyFigure, DeleteCasualtyFigure));
    }

    /// <summary>List casualty figures</summary>
    /// <remarks>Each as a summary: the record with a count of its letters, without its letters and citations (GET /api/casualty-figures/{id} has them). Oldest record first. Paged with limit and cursor; the Link header points at the next page.</remarks>
    public static async Task<Ok<Page<CasualtyFigureSummary>>> ListCasualtyFigures(
        [AsParameters] PageQuery page, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.CasualtyFigures.ToPageAsync(CasualtyFigureSummary.Projection, page, http, cancellationToken));

    /// <summary>Get a casualty figure</summary>
    /// <remarks>An aggregate statistic quoted in advocacy, with the letters that quote it and its citations. The ETag header carries the record's version.</remarks>
    /// <param name="id">The casualty figure's id (a UUID).</param>
    public static Task<Ok<CasualtyFigureResponse>> GetCasualtyFigure(
        Guid id, LetterTrackerDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        db.CasualtyFigures.ReadOneAsync(id, CasualtyFigureResponse.Projection, "casualty figure", response, cancellationToken);

    /// <summary>Create a casualty figure</summary>
    /// <remarks>Adds an aggregate statistic quoted in advocacy. periodFrom keeps the precision the source gives ("2020-11"); asOf is not in the future. Answers 201 with the record, its Location and ETag.</remarks>
    /// <param name="casualtyFigure">The new casualty figure.</param>
    public static Task<Created<CasualtyFigureResponse>> CreateCasualtyFigure(
        WriteBody<CasualtyFigureRequest> casualtyFigure, HttpContext http, CancellationToken cancellationToken) =>
        CasualtyFigureWrites.Model.Create(casualtyFigure, http, cancellationToken);

    /// <summary>Replace a casualty figure</summary>
    /// <remarks>Sends the whole record; fields left out are cleared. Requires If-Match with the ETag last read.</remarks>
    /// <param name="id">The casualty figure's id (a UUID).</param>
    /// <param name="casualtyFigure">The casualty figure as it should be.</param>
    public static Task<Ok<CasualtyFigureResponse>> ReplaceCasualtyFigure(
        Guid id, WriteBody<CasualtyFigureRequest> casualtyFigure, HttpContext http, CancellationToken cancellationToken) =>
        CasualtyFigureWrites.Model.Replace(id, casualtyFigure, http, cancellationToken);

    /// <summary>Change part of a casualty figure</summary>
    /// <remarks>A JSON Merge Patch (application/merge-patch+json, or application/json): the fields sent are changed, null clears one. Requires If-Match.</remarks>
    /// <param name="id">The casualty figure's id (a UUID).</param>
    public static Task<Ok<CasualtyFigureResponse>> PatchCasualtyFigure(
        Guid id, MergePatch patch, HttpContext http, CancellationToken cancellationToken) =>
        CasualtyFigureWrites.Model.Patch(id, patch, http, cancellationToken);

    /// <summary>Delete a casualty figure</summary>
    /// <remarks>Refused with 409, listing them, while a letter quoting it or a citation backing it still refers to it. Requires If-Match.</remarks>
    /// <param name="id">The casualty figure's id (a UUID).</param>
    public static Task<NoContent> DeleteCasualtyFigure(Guid id, HttpContext http, CancellationToken cancellationToken) =>
        CasualtyFigureWrites.Model.Delete(id, http, cancellationToken);
}
