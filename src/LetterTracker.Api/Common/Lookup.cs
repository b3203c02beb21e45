using System.Linq.Expressions;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Common;

/// <summary>The one way a single record is read: projected, untracked, with its ETag; a 404 problem when missing.</summary>
public static class Lookup
{
    public static async Task<Ok<TResponse>> ReadOneAsync<TEntity, TResponse>(
        this IQueryable<TEntity> records,
        Guid id,
        Expression<Func<TEntity, TResponse>> projection,
        string resourceName,
        HttpResponse response,
        CancellationToken cancellationToken)
        where TEntity : Entity
        where TResponse : class, IResource =>
        TypedResults.Ok(await records.ReadAsync(id, projection, resourceName, response, cancellationToken));

    /// <summary>The record as a GET shows it (also what a write answers with), its ETag set.</summary>
    public static async Task<TResponse> ReadAsync<TEntity, TResponse>(
        this IQueryable<TEntity> records,
        Guid id,
        Expression<Func<TEntity, TResponse>> projection,
        string resourceName,
        HttpResponse response,
        CancellationToken cancellationToken)
        where TEntity : Entity
        where TResponse : class, IResource
    {
        var found = await records.AsNoTracking().Where(r => r.Id == id).Select(projection).AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw ProblemException.NotFound(resourceName, id);
        response.SetETag(found);
        return found;
    }
}
