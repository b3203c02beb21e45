using System.Linq.Expressions;
using System.Text.Json;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Common.Paging;

/// <summary>
/// The order a list is paged in: by one field, then by id to break ties, so that "after this
/// record" is well defined and indexable (WHERE key &gt; @k OR (key = @k AND id &gt; @id)).
/// </summary>
public interface IKeysetOrder<TEntity, in TResponse>
{
    /// <summary>Names the order inside cursors, so a cursor is refused by a list sorted differently.</summary>
    string Name { get; }

    IQueryable<TEntity> After(IQueryable<TEntity> records, JsonElement key, Guid id);

    IOrderedQueryable<TEntity> Sort(IQueryable<TEntity> records);

    /// <summary>The sort key of a returned record, written into the next cursor.</summary>
    JsonElement KeyOf(TResponse response);
}

public static class KeysetOrder
{
    /// <summary>Ascending by a non-null field of the entity, read back from the response for the cursor.</summary>
    public static IKeysetOrder<TEntity, TResponse> By<TEntity, TResponse, TKey>(
        string name, Expression<Func<TEntity, TKey>> key, Func<TResponse, TKey> keyOfResponse)
        where TEntity : Entity
        where TKey : notnull =>
        new Ascending<TEntity, TResponse, TKey>(name, key, keyOfResponse);

    private sealed class Ascending<TEntity, TResponse, TKey>(
        string name, Expression<Func<TEntity, TKey>> key, Func<TResponse, TKey> keyOfResponse) : IKeysetOrder<TEntity, TResponse>
        where TEntity : Entity
        where TKey : notnull
    {
        public string Name => name;

        public IOrderedQueryable<TEntity> Sort(IQueryable<TEntity> records) => records.OrderBy(key).ThenBy(r => r.Id);

        public IQueryable<TEntity> After(IQueryable<TEntity> records, JsonElement keyJson, Guid id)
        {
            TKey after;
            try
            {
                after = keyJson.Deserialize<TKey>() ?? throw new JsonException();
            }
            catch (JsonException)
            {
                throw Cursor.Invalid();
            }

            // key > @after OR (key = @after AND id > @id), with the values as query parameters.
            var boundary = new Boundary(after, id);
            var record = key.Parameters[0];
            var keyValue = Expression.Property(Expression.Constant(boundary), nameof(Boundary.Key));
            var idValue = Expression.Property(Expression.Constant(boundary), nameof(Boundary.Id));
            var recordId = Expression.Property(record, nameof(Entity.Id));
            var idAfter = Expression.GreaterThan(
                Expression.Call(recordId, nameof(Guid.CompareTo), Type.EmptyTypes, idValue), Expression.Constant(0));
            var predicate = Expression.OrElse(
                Expression.GreaterThan(key.Body, keyValue),
                Expression.AndAlso(Expression.Equal(key.Body, keyValue), idAfter));
            return records.Where(Expression.Lambda<Func<TEntity, bool>>(predicate, record));
        }

        public JsonElement KeyOf(TResponse response) => JsonSerializer.SerializeToElement(keyOfResponse(response));

        private sealed record Boundary(TKey Key, Guid Id);
    }
}
