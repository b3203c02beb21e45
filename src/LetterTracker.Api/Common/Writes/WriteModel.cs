using System.Linq.Expressions;
using System.Text.Json;
using System.Text.Json.Nodes;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace LetterTracker.Api.Common.Writes;

/// <summary>
/// What a feature tells the shared write path about its resource: how a request becomes an entity,
/// how an entity reads back as a request (for PATCH), what may still refer to it (for DELETE), and
/// how it is shown. Everything else (validation, If-Match, saving, status codes) is in <see cref="Writes"/>.
/// </summary>
public abstract class WriteModel<TEntity, TRequest, TResponse> : IWriteModel
    where TEntity : Entity
    where TRequest : class
    where TResponse : class, IResource
{
    /// <summary>The singular noun clients read in messages ("casualty figure").</summary>
    public abstract string Noun { get; }

    /// <summary>The collection's path ("/api/casualty-figures"); created records live at Path/{id}.</summary>
    public abstract string Path { get; }

    /// <inheritdoc />
    public string Resource => Path[(Path.LastIndexOf('/') + 1)..];

    /// <summary>How a record is shown (GET /{id} and the answer to a write), read by <see cref="ReadAsync"/>.</summary>
    public virtual Expression<Func<TEntity, TResponse>> Projection(HttpContext http) =>
        throw new NotSupportedException($"{GetType().Name} shows its records through its own ReadAsync, not a projection.");

    /// <summary>The record as GET /{id} shows it, its ETag set; a 404 problem when there is none.</summary>
    public virtual Task<TResponse> ReadAsync(Guid id, HttpContext http, CancellationToken cancellationToken) =>
        http.RequestServices.GetRequiredService<LetterTrackerDbContext>().Set<TEntity>()
            .ReadAsync(id, Projection(http), Noun, http.Response, cancellationToken);

    /// <summary>The records as loaded for an update: with whatever <see cref="Apply"/> and <see cref="ToRequest"/> touch.</summary>
    public virtual IQueryable<TEntity> ForUpdate(LetterTrackerDbContext db) => db.Set<TEntity>();

    /// <summary>A new entity from a valid request (then <see cref="Apply"/> runs on it).</summary>
    public abstract TEntity Create(TRequest request);

    /// <summary>Copies a valid request onto the entity; related records are looked up through db.</summary>
    public abstract Task Apply(TRequest request, TEntity entity, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken);

    /// <summary>The entity's write shape: what a PUT would send to leave it as it is.</summary>
    public abstract TRequest ToRequest(TEntity entity);

    /// <summary>Runs just before a permitted delete is saved, in the same transaction (to update records whose view of this one changes).</summary>
    public virtual Task BeforeDelete(TEntity entity, LetterTrackerDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Records that still point at this one; a delete is refused while there are any.</summary>
    public abstract Task<List<Reference>> FindReferences(LetterTrackerDbContext db, Guid id, CancellationToken cancellationToken);

    /// <inheritdoc />
    public async Task<IResult> RestoreAsync(Guid id, string writeShape, HttpContext http, CancellationToken cancellationToken)
    {
        TRequest? request;
        long? deletedVersion;
        try
        {
            if (JsonNode.Parse(writeShape) is not JsonObject shape)
            {
                throw Writes.CannotRestore(Noun, id, ProblemException.Invalid("body", "The recorded write shape is not a JSON object."));
            }

            // The version deleted, which a delete entry holds besides the write shape; an older entry has none.
            deletedVersion = shape.TryGetPropertyValue(Writes.DeletedVersionField, out var version)
                && version is JsonValue value && value.TryGetValue<long>(out var number) && number >= 1
                ? number
                : null;
            shape.Remove(Writes.DeletedVersionField);
            request = shape.Deserialize<TRequest>(http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions);
        }
        catch (JsonException unreadable)
        {
            throw Writes.CannotRestore(Noun, id, JsonProblems.ToException(unreadable));
        }

        return await this.Restore(id, request!, deletedVersion, http, cancellationToken);
    }
}

/// <summary>A write model without its types, for what works across resources: restoring a deleted record from the audit trail.</summary>
public interface IWriteModel
{
    /// <summary>The collection's name, as in its path ("casualty-figures"); the audit trail's resource.</summary>
    string Resource { get; }

    /// <summary>Recreates a deleted record with its id from its write shape (JSON, as the audit trail keeps it, with the version deleted): 201 with the record, at the version after it.</summary>
    Task<IResult> RestoreAsync(Guid id, string writeShape, HttpContext http, CancellationToken cancellationToken);
}
