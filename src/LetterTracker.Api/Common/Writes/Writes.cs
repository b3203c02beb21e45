using System.Text.Json;
using FluentValidation;
using LetterTracker.Api.Common.Validation;
using LetterTracker.Api.Features.Audit;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Common.Writes;

/// <summary>
/// The one write path for every resource: check If-Match, read the body (<see cref="BodyReader"/>: all of
/// its errors at once, rules included), apply, save in one transaction, answer with the record as a GET
/// would show it. Refusals are thrown as <see cref="ProblemException"/>
/// before anything is saved, so a rejected request changes nothing.
/// </summary>
public static class Writes
{
    /// <summary>FluentValidation root-context key holding the id of the record being replaced (absent on create).</summary>
    public const string RecordIdKey = "recordId";

    /// <summary>The problem member naming the record a write would repeat (a 409 for what must be unique).</summary>
    public const string ExistingIdMember = "existingId";

    /// <summary>The member of a delete entry's before that holds the version deleted (as a GET names it).</summary>
    public const string DeletedVersionField = "version";

    public static async Task<Created<TResponse>> Create<TEntity, TRequest, TResponse>(
        this WriteModel<TEntity, TRequest, TResponse> model, WriteBody<TRequest> body, HttpContext http, CancellationToken cancellationToken)
        where TEntity : Entity where TRequest : class where TResponse : class, IResource
    {
        var request = await BodyReader.ReadNewAsync<TRequest, TResponse>(body.Fields, http, cancellationToken);
        return await Insert(model, request, restored: null, http, cancellationToken);
    }

    /// <summary>
    /// Recreates a deleted record with its id (others may refer to it by id), validated and saved as a new
    /// one would be: a record that no longer fits (a name taken meanwhile, a referenced record gone) is a
    /// 409 naming why, and nothing changes. Its versions go on from the one deleted
    /// (<paramref name="deletedVersion"/> + 1), so no ETag read before the delete matches it again.
    /// </summary>
    /// <param name="deletedVersion">The version the delete entry recorded; null for an entry written before deletes recorded it.</param>
    public static async Task<Created<TResponse>> Restore<TEntity, TRequest, TResponse>(
        this WriteModel<TEntity, TRequest, TResponse> model, Guid id, TRequest request, long? deletedVersion, HttpContext http, CancellationToken cancellationToken)
        where TEntity : Entity where TRequest : class where TResponse : class, IResource
    {
        var db = Database(http);
        if (await db.Set<TEntity>().AnyAsync(e => e.Id == id, cancellationToken))
        {
            throw ProblemException.Conflict($"The {model.Noun} {id} exists: only a deleted record can be restored.");
        }

        var version = deletedVersion + 1 ?? await AboveEveryVersionAsync(db, cancellationToken);
        try
        {
            await Validate(request, recordId: null, http, cancellationToken);
            return await Insert(model, request, (id, version), http, cancellationToken);
        }
        catch (ProblemException invalid) when (invalid.Errors is not null)
        {
            // Invalid (400), or taken meanwhile by another record (409, existingId).
            throw CannotRestore(model.Noun, id, invalid);
        }
    }

    /// <summary>
    /// A version certainly above any a record deleted before delete entries recorded versions ever had: 1 +
    /// the number of entries in the whole audit trail. Not the record's own entries: other writes bump a
    /// record's version under their own entry (a citation its source's, a recipient its ancestors' and its
    /// dispatches', a letter its dispatches' when their deadlines move), so a source cited and uncited
    /// three times is at version 7 with two entries of its own. But every write since the audit trail
    /// began (migration AccessAndAudit, among the first) records one entry, in its transaction, and bumps
    /// any record's version by at most 1; a record starts at 1, through a create (an entry) or the seed
    /// (no entry, no later bump). So no record's version ever exceeded the number of entries, the delete's
    /// own included: this is above them all, whatever the record's history, at the price of a larger
    /// number than needed. One COUNT, only for restores from entries older than this rule.
    /// </summary>
    private static async Task<long> AboveEveryVersionAsync(LetterTrackerDbContext db, CancellationToken cancellationToken) =>
        1 + await db.AuditEntries.LongCountAsync(cancellationToken);

    /// <summary>A 409 for a recorded write shape that is no longer valid; errors keyed by its fields, as a 400 would be.</summary>
    public static ProblemException CannotRestore(string noun, Guid id, ProblemException invalid)
    {
        var problem = new ProblemException(
            StatusCodes.Status409Conflict,
            "The record cannot be restored as it was.",
            $"The {noun} {id} cannot be restored as it was recorded. {invalid.Detail}")
        {
            Errors = invalid.Errors,
        };
        foreach (var (name, value) in invalid.Extensions)
        {
            problem.Extensions[name] = value;
        }

        return problem;
    }

    public static async Task<Ok<TResponse>> Replace<TEntity, TRequest, TResponse>(
        this WriteModel<TEntity, TRequest, TResponse> model, Guid id, WriteBody<TRequest> body, HttpContext http, CancellationToken cancellationToken)
        where TEntity : Entity where TRequest : class where TResponse : class, IResource
    {
        var tags = IfMatch.RequiredTags(http.Request);
        var db = Database(http);
        var entity = await Load(model, db, id, cancellationToken);
        var version = IfMatch.Match(entity, tags, model.Noun);
        var request = await BodyReader.ReadChangeAsync<TRequest, TResponse>(
            body.Fields, before: null, id, () => model.ReadAsync(id, http, cancellationToken), http, cancellationToken);
        return await Update(model, model.ToRequest(entity), request, entity, version, db, http, cancellationToken);
    }

    public static async Task<Ok<TResponse>> Patch<TEntity, TRequest, TResponse>(
        this WriteModel<TEntity, TRequest, TResponse> model, Guid id, MergePatch patch, HttpContext http, CancellationToken cancellationToken)
        where TEntity : Entity where TRequest : class where TResponse : class, IResource
    {
        var tags = IfMatch.RequiredTags(http.Request);
        var db = Database(http);
        var entity = await Load(model, db, id, cancellationToken);
        var version = IfMatch.Match(entity, tags, model.Noun);
        var before = model.ToRequest(entity);
        var request = await BodyReader.ReadChangeAsync(patch.Patch, before, id, () => model.ReadAsync(id, http, cancellationToken), http, cancellationToken);
        return await Update(model, before, request, entity, version, db, http, cancellationToken);
    }

    public static async Task<NoContent> Delete<TEntity, TRequest, TResponse>(
        this WriteModel<TEntity, TRequest, TResponse> model, Guid id, HttpContext http, CancellationToken cancellationToken)
        where TEntity : Entity where TRequest : class where TResponse : class, IResource
    {
        var tags = IfMatch.RequiredTags(http.Request);
        var db = Database(http);
        // Loaded as for an update, relations included: the audit trail keeps its whole write shape.
        var entity = await Load(model, db, id, cancellationToken);
        var version = IfMatch.Match(entity, tags, model.Noun);

        var references = await model.FindReferences(db, id, cancellationToken);
        if (references.Count > 0)
        {
            var conflict = ProblemException.Conflict(
                $"The {model.Noun} {id} is still referenced by {Describe(references)}. Remove or change those first; nothing is deleted along with it.");
            conflict.Extensions["references"] = references;
            throw conflict;
        }

        // The write shape and the version deleted: a restore goes on from that version, so an ETag read
        // before the delete never matches the restored record.
        var before = JsonSerializer.SerializeToNode(model.ToRequest(entity), BodyReader.Options(http))!.AsObject();
        before[DeletedVersionField] = version;
        await model.BeforeDelete(entity, db, cancellationToken);
        db.Remove(entity);
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;
        AuditTrail.Record(db, http, model.Resource, id, AuditAction.Delete, before, after: null);
        await Save(db, model.Noun, entity, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <param name="restored">For a restore: the record's id and the version it goes on at; null for a new record (version 1).</param>
    private static async Task<Created<TResponse>> Insert<TEntity, TRequest, TResponse>(
        WriteModel<TEntity, TRequest, TResponse> model, TRequest request, (Guid Id, long Version)? restored, HttpContext http, CancellationToken cancellationToken)
        where TEntity : Entity where TRequest : class where TResponse : class, IResource
    {
        var id = await Add(model, request, restored, http, cancellationToken);
        return TypedResults.Created($"{model.Path}/{id}", await model.ReadAsync(id, http, cancellationToken));
    }

    /// <summary>
    /// Saves a new record from a valid request with its audit entry, in the request's transaction, as a
    /// POST does (and an import, row by row); returns its id.
    /// </summary>
    /// <param name="restored">For a restore: the record's id and the version it goes on at; null for a new record (version 1).</param>
    public static async Task<Guid> Add<TEntity, TRequest, TResponse>(
        this WriteModel<TEntity, TRequest, TResponse> model, TRequest request, (Guid Id, long Version)? restored, HttpContext http, CancellationToken cancellationToken)
        where TEntity : Entity where TRequest : class where TResponse : class, IResource
    {
        var db = Database(http);
        var entity = model.Create(request);
        await model.Apply(request, entity, db, http, cancellationToken);
        // Set after Apply, which tells a new record by its still empty id.
        if (restored is { } record)
        {
            entity.Id = record.Id;
            // Kept as it is on insert (EntityStampInterceptor starts only version 0 at 1).
            entity.Version = record.Version;
        }

        db.Add(entity);
        AuditTrail.Record(
            db, http, model.Resource, entity.Id, restored is null ? AuditAction.Create : AuditAction.Restore, before: null, After(model, entity, db));
        await Save(db, model.Noun, entity, cancellationToken);
        return entity.Id;
    }

    private static async Task<Ok<TResponse>> Update<TEntity, TRequest, TResponse>(
        WriteModel<TEntity, TRequest, TResponse> model, TRequest before, TRequest request, TEntity entity, long version,
        LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
        where TEntity : Entity where TRequest : class where TResponse : class, IResource
    {
        await model.Apply(request, entity, db, http, cancellationToken);
        // Every accepted change bumps the version, relation-only ones included, and the UPDATE only
        // succeeds if the row still has the version the client read (compare-and-set).
        var versionEntry = db.Entry(entity).Property(e => e.Version);
        versionEntry.OriginalValue = version;
        versionEntry.IsModified = true;
        AuditTrail.Record(db, http, model.Resource, entity.Id, AuditAction.Update, before, After(model, entity, db));
        await Save(db, model.Noun, entity, cancellationToken);
        return TypedResults.Ok(await model.ReadAsync(entity.Id, http, cancellationToken));
    }

    /// <summary>
    /// The write shape as it will be saved. Records added through a navigation (a letter's new dispatches)
    /// get their keys and foreign keys when changes are detected; the shape reads them.
    /// </summary>
    private static TRequest After<TEntity, TRequest, TResponse>(WriteModel<TEntity, TRequest, TResponse> model, TEntity entity, LetterTrackerDbContext db)
        where TEntity : Entity where TRequest : class where TResponse : class, IResource
    {
        db.ChangeTracker.DetectChanges();
        return model.ToRequest(entity);
    }

    private static async Task<TEntity> Load<TEntity, TRequest, TResponse>(
        WriteModel<TEntity, TRequest, TResponse> model, LetterTrackerDbContext db, Guid id, CancellationToken cancellationToken)
        where TEntity : Entity where TRequest : class where TResponse : class, IResource =>
        await model.ForUpdate(db).AsSplitQuery().FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw ProblemException.NotFound(model.Noun, id);

    /// <summary>
    /// Runs the request's FluentValidation validator, with what reading its body found (<paramref name="found"/>):
    /// a 400 keyed by field with every error; a 409 naming the existing record (existingId) when the one thing
    /// wrong is that another record already has what must be unique (<see cref="ExistingRecord"/>).
    /// </summary>
    public static async Task Validate<TRequest>(TRequest request, Guid? recordId, HttpContext http, CancellationToken cancellationToken, BodyErrors? found = null)
    {
        var validator = http.RequestServices.GetRequiredService<IValidator<TRequest>>();
        var context = new ValidationContext<TRequest>(request);
        context.RootContextData[RecordIdKey] = recordId;
        var result = await validator.ValidateAsync(context, cancellationToken);
        var errors = found ?? new BodyErrors();
        // The rules' verdict on a field the body had wrong would be about a value it did not send.
        var failures = result.Errors.Where(f => !errors.Covers(f.PropertyName)).ToList();
        if (errors.Count == 0 && failures.Count > 0 && failures.All(f => f.CustomState is ExistingRecord))
        {
            throw Taken(failures);
        }

        foreach (var failure in failures)
        {
            errors.Add(failure.PropertyName, failure.ErrorMessage);
        }

        if (errors.Count > 0)
        {
            throw ProblemException.Invalid(errors.ToDictionary());
        }
    }

    /// <summary>A 409: the record would repeat one that exists, whose id it names, with the fields keyed as a 400 would be.</summary>
    private static ProblemException Taken(List<FluentValidation.Results.ValidationFailure> failures)
    {
        var existing = ((ExistingRecord)failures[0].CustomState).Id;
        var problem = new ProblemException(
            StatusCodes.Status409Conflict,
            "Another record already has this.",
            // The messages name the existing record (ExistingRecord.Failure's callers word them so).
            string.Join(" ", failures.Select(f => f.ErrorMessage).Distinct()))
        {
            Errors = failures.GroupBy(f => f.PropertyName).ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray()),
        };
        problem.Extensions[ExistingIdMember] = existing;
        return problem;
    }

    /// <summary>Saves in one transaction; concurrency and constraint failures become 412/404/409 problems about <paramref name="entity"/>.</summary>
    public static async Task Save<TEntity>(LetterTrackerDbContext db, string noun, TEntity entity, CancellationToken cancellationToken)
        where TEntity : Entity
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException concurrency) when (concurrency.Entries.Any(e => e.Entity != (object)entity))
        {
            // A related record this write depends on (a citation's source) changed meanwhile.
            db.ChangeTracker.Clear();
            throw ProblemException.Conflict(
                $"The {noun} could not be saved: a record it depends on changed at the same time. Read the current state and try again.");
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another request changed or deleted the row after this one read it.
            db.ChangeTracker.Clear();
            var current = await db.Set<TEntity>().AsNoTracking().Where(e => e.Id == entity.Id)
                .Select(e => (long?)e.Version).FirstOrDefaultAsync(cancellationToken);
            throw current is null ? ProblemException.NotFound(noun, entity.Id) : IfMatch.Stale(noun, entity.Id, current);
        }
        catch (DbUpdateException failure) when (IsConstraintViolation(failure))
        {
            // A constraint the validators check first (a unique name, a reference) was broken by a
            // concurrent write in between; the transaction rolled back. Anything else is a failure
            // of ours, left to the 500 handler and its log.
            db.ChangeTracker.Clear();
            throw ProblemException.Conflict(
                $"The {noun} could not be saved: a concurrent change made it conflict with another record. Read the current state and try again.");
        }
    }

    private static string Describe(List<Reference> references) => string.Join(", ", references
        .GroupBy(r => r.Type)
        .Select(g => $"{g.Count()} {Plural(g.Key, g.Count())} ({string.Join(", ", g.Take(5).Select(r => r.Label ?? r.Id.ToString()))}{(g.Count() > 5 ? ", ..." : "")})"));

    /// <summary>Whether the database refused the save for a broken constraint (unique, foreign key, check), on either provider.</summary>
    public static bool IsConstraintViolation(DbUpdateException failure) => failure.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19, // SQLITE_CONSTRAINT
        Npgsql.PostgresException postgres => postgres.SqlState.StartsWith("23", StringComparison.Ordinal), // integrity constraint violation
        _ => false,
    };

    private static string Plural(string noun, int count) =>
        count == 1 ? noun : noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith('s') ? noun + "es" : noun + "s";

    private static LetterTrackerDbContext Database(HttpContext http) => http.RequestServices.GetRequiredService<LetterTrackerDbContext>();
}
