using System.Linq.Expressions;
using LetterTracker.Data;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Common.Writes;

/// <summary>
/// What a feature tells the shared write path about its resource: how a request becomes an entity,
/// how an entity reads back as a request (for PATCH), what may still refer to it (for DELETE), and
/// how it is shown. Everything else (validation, If-Match, saving, status codes) is in <see cref="Writes"/>.
/// </summary>
public abstract class WriteModel<TEntity, TRequest, TResponse>
    where TEntity : Entity
    where TRequest : class
    where TResponse : class, IResource
{
    /// <summary>The singular noun clients read in messages ("casualty figure").</summary>
    public abstract string Noun { get; }

    /// <summary>The collection's path ("/api/casualty-figures"); created records live at Path/{id}.</summary>
    public abstract string Path { get; }

    public abstract Expression<Func<TEntity, TResponse>> Projection(HttpContext http);

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
}
