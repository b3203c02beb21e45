using System.Text.Json;
using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Access;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Audit;

public static class AuditApi
{
    /// <summary>Names the newest-first order in cursors.</summary>
    private const string Order = "newest";

    public static void MapAudit(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit");
        group.MapGet("/", ListAuditEntries).NamedAfter(ListAuditEntries).RequireAuthorization(AccessPolicies.Editor)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPost("/{id}/restore", RestoreDeletedRecord).NamedAfter(RestoreDeletedRecord).RequireAuthorization(AccessPolicies.Admin)
            .Produces(StatusCodes.Status201Created)
            .ProducesReadProblems()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>Read the audit trail</summary>
    /// <remarks>
    /// Every write, as recorded in its own transaction: who made it (the API key's id and name; null when
    /// anonymous), when, to which record (resource and recordId), the action (create, update, delete,
    /// restore) and the record's write shape before and after. Newest first: what just happened comes first;
    /// a record's whole history is resource and id together. Filters combine with AND, each given at most once; from is
    /// inclusive, to exclusive. Paged with limit and cursor.
    /// </remarks>
    public static async Task<Ok<Page<AuditEntryResponse>>> ListAuditEntries(
        [AsParameters] AuditListQuery query, [AsParameters] PageQuery page, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var entries = query.Filter(db.AuditEntries.AsNoTracking());
        var limit = Paging.LimitOf(page, http);
        if (page.Cursor is not null)
        {
            var after = Cursor.Decode(page.Cursor, Order);
            var at = AtOf(after);
            // At <= @at first, so the database seeks the At index there instead of reading from the newest.
            entries = entries.Where(e => e.At <= at && (e.At < at || e.Id.CompareTo(after.Id) < 0));
        }

        var rows = await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).TakeWrittenIn(limit + 1)
            .Select(AuditEntryResponse.Projection).ToListAsync(cancellationToken);
        return TypedResults.Ok(Paging.ToPage(rows, limit, http, last => new Cursor.Position(Order, JsonSerializer.SerializeToElement(last.At), last.Id)));
    }

    /// <summary>Restore a deleted record</summary>
    /// <remarks>
    /// Recreates the record a delete entry recorded, with its original id (so whatever still names it by id
    /// finds it again) and the content it had when deleted. It is validated and saved like a new record, so
    /// one that no longer fits (its name taken meanwhile, a record it names gone) is a 409 naming why, with
    /// errors keyed by field, and nothing changes. The restore is itself recorded (action restore). Answers 201
    /// with the record as its GET shows it, its Location and ETag. Its versions go on from the one deleted
    /// (deleted at 2, restored at 3), so an ETag read before the delete never matches it. An entry that is
    /// not a delete, or a record that exists again, is a 409.
    /// </remarks>
    /// <param name="id">The audit entry's id (a UUID): the delete to undo.</param>
    public static async Task<IResult> RestoreDeletedRecord(Guid id, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var entry = await db.AuditEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw ProblemException.NotFound("audit entry", id);
        if (entry.Action != AuditAction.Delete)
        {
            throw ProblemException.Conflict(
                $"The audit entry {id} records a {entry.Action.ToString().ToLowerInvariant()} of {entry.Resource} {entry.RecordId}, not a delete: only a deleted record can be restored.");
        }

        var restorer = AuditedResources.Restorer(entry.Resource)
            ?? throw ProblemException.Conflict($"Records of {entry.Resource} are not restored.");
        return await restorer.RestoreAsync(entry.RecordId, entry.Before!, http, cancellationToken);
    }

    private static DateTimeOffset AtOf(Cursor.Position position)
    {
        try
        {
            return position.Key!.Value.Deserialize<DateTimeOffset>();
        }
        catch (JsonException)
        {
            throw Cursor.Invalid();
        }
    }
}
