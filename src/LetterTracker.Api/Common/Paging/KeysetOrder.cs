using System.Linq.Expressions;
using System.Text.Json;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Common.Paging;

/// <summary>
/// The order a list is paged in: by one field, then by id to break ties, so that "after this
/// record" is well defined and indexable (WHERE key &gt;= @k AND (key &gt; @k OR (key = @k AND id &gt; @id))).
/// </summary>
public interface IKeysetOrder<TEntity, in TResponse>
{
    /// <summary>Names the order inside cursors, so a cursor is refused by a list sorted differently; null for the default order (by id).</summary>
    string? Name { get; }

    /// <summary>
    /// The records in this order from the start, or from just after a cursor's position, as queries to
    /// read in turn until a page is full: one, or two for a field that may be null (the records with it
    /// set, then those without).
    /// </summary>
    IEnumerable<IOrderedQueryable<TEntity>> Read(IQueryable<TEntity> records, Cursor.Position? after);

    /// <summary>The sort key of a returned record, written into the next cursor; null for the id order.</summary>
    JsonElement? KeyOf(TResponse response);
}

public static class KeysetOrder
{
    /// <summary>By id: UUIDv7 ids are time-ordered, so this is creation order (or its reverse).</summary>
    /// <param name="name">Null for the default order, which every list uses when no sort is given.</param>
    /// <param name="descending">Newest first.</param>
    public static IKeysetOrder<TEntity, TResponse> ById<TEntity, TResponse>(string? name = null, bool descending = false)
        where TEntity : Entity =>
        new ByIdOrder<TEntity, TResponse>(name, descending);

    /// <summary>
    /// By a field of the entity, read back from the response for the cursor, then by id. When the
    /// field is a nullable value (DateOnly?), records without it come last in either direction, in id order (the same
    /// direction): SQLite and PostgreSQL place NULLs differently, so the order does not leave it to them.
    /// </summary>
    public static IKeysetOrder<TEntity, TResponse> By<TEntity, TResponse, TKey>(
        string name, Expression<Func<TEntity, TKey>> key, Func<TResponse, TKey> keyOfResponse, bool descending = false)
        where TEntity : Entity =>
        new ByFieldOrder<TEntity, TResponse, TKey>(name, key, keyOfResponse, descending);

    private sealed class ByIdOrder<TEntity, TResponse>(string? name, bool descending) : IKeysetOrder<TEntity, TResponse>
        where TEntity : Entity
    {
        public string? Name => name;

        public IEnumerable<IOrderedQueryable<TEntity>> Read(IQueryable<TEntity> records, Cursor.Position? after)
        {
            yield return IdOrder.Sort(after is null ? records : IdOrder.After(records, after.Id, descending), descending);
        }

        public JsonElement? KeyOf(TResponse response) => null;
    }

    private sealed class ByFieldOrder<TEntity, TResponse, TKey>(
        string name, Expression<Func<TEntity, TKey>> key, Func<TResponse, TKey> keyOfResponse, bool descending) : IKeysetOrder<TEntity, TResponse>
        where TEntity : Entity
    {
        /// <summary>A nullable value type (DateOnly?); a string key is taken to be required.</summary>
        private static readonly bool Nullable = System.Nullable.GetUnderlyingType(typeof(TKey)) is not null;

        public string? Name => name;

        public IEnumerable<IOrderedQueryable<TEntity>> Read(IQueryable<TEntity> records, Cursor.Position? after)
        {
            // A cursor whose key is null stands in the trailing records without the field.
            var afterKey = after is null ? default : KeyFrom(after);
            var inKeyedRecords = after is null || afterKey is not null;
            if (inKeyedRecords)
            {
                var keyed = Nullable ? records.Where(Test(ExpressionType.NotEqual)) : records;
                yield return Sort(after is null ? keyed : After(keyed, afterKey!, after.Id));
            }

            if (Nullable)
            {
                var unkeyed = records.Where(Test(ExpressionType.Equal));
                yield return IdOrder.Sort(inKeyedRecords ? unkeyed : IdOrder.After(unkeyed, after!.Id, descending), descending);
            }
        }

        public JsonElement? KeyOf(TResponse response) => JsonSerializer.SerializeToElement(keyOfResponse(response));

        private IOrderedQueryable<TEntity> Sort(IQueryable<TEntity> records) => descending
            ? records.OrderByDescending(key).ThenByDescending(r => r.Id)
            : records.OrderBy(key).ThenBy(r => r.Id);

        private TKey? KeyFrom(Cursor.Position after)
        {
            if (after.Key is not { ValueKind: not JsonValueKind.Null } json)
            {
                return Nullable ? default : throw Cursor.Invalid();
            }

            try
            {
                var key = json.Deserialize<TKey>() ?? throw new JsonException();
                // A NUL would reach PostgreSQL as a parameter, which refuses it; no stored key has one.
                return key is string text && text.Contains('\0', StringComparison.Ordinal) ? throw new JsonException() : key;
            }
            catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
            {
                throw Cursor.Invalid();
            }
        }

        /// <summary>
        /// key &gt; @k OR (key = @k AND id &gt; @id), and key &gt;= @k besides so that the database can seek
        /// the index to @k instead of scanning from the start (reversed when descending).
        /// </summary>
        private IQueryable<TEntity> After(IQueryable<TEntity> records, TKey afterKey, Guid id)
        {
            var boundary = Expression.Property(Expression.Constant(new Boundary(afterKey)), nameof(Boundary.Key));
            var record = key.Parameters[0];
            var (beyond, beyondOrAt) = descending
                ? (ExpressionType.LessThan, ExpressionType.LessThanOrEqual)
                : (ExpressionType.GreaterThan, ExpressionType.GreaterThanOrEqual);
            var predicate = Expression.AndAlso(
                Compare(key.Body, beyondOrAt, boundary),
                Expression.OrElse(
                    Compare(key.Body, beyond, boundary),
                    Expression.AndAlso(Compare(key.Body, ExpressionType.Equal, boundary), IdOrder.Beyond(record, id, descending))));
            return records.Where(Expression.Lambda<Func<TEntity, bool>>(predicate, record));
        }

        /// <summary>key IS NULL or key IS NOT NULL.</summary>
        private Expression<Func<TEntity, bool>> Test(ExpressionType equalOrNot) => Expression.Lambda<Func<TEntity, bool>>(
            Expression.MakeBinary(equalOrNot, key.Body, Expression.Constant(null, typeof(TKey))), key.Parameters);

        /// <summary>Strings have no comparison operators in C#; string.Compare is what EF Core translates to one.</summary>
        private static Expression Compare(Expression left, ExpressionType comparison, Expression right) =>
            typeof(TKey) == typeof(string)
                ? Expression.MakeBinary(comparison, Expression.Call(typeof(string), nameof(string.Compare), Type.EmptyTypes, left, right), Expression.Constant(0))
                : Expression.MakeBinary(comparison, left, right);

        /// <summary>Holds the cursor's key so that it reaches the database as a parameter, not inlined.</summary>
        private sealed record Boundary(TKey Key);
    }

    /// <summary>The id half of every order: the tie-breaker, and the whole of the id order.</summary>
    private static class IdOrder
    {
        public static IOrderedQueryable<TEntity> Sort<TEntity>(IQueryable<TEntity> records, bool descending)
            where TEntity : Entity =>
            descending ? records.OrderByDescending(r => r.Id) : records.OrderBy(r => r.Id);

        public static IQueryable<TEntity> After<TEntity>(IQueryable<TEntity> records, Guid id, bool descending)
            where TEntity : Entity =>
            descending ? records.Where(r => r.Id.CompareTo(id) < 0) : records.Where(r => r.Id.CompareTo(id) > 0);

        /// <summary>id &gt; @id (or &lt;) for the record parameter of a key expression.</summary>
        public static Expression Beyond(ParameterExpression record, Guid id, bool descending)
        {
            var compared = Expression.Call(
                Expression.Property(record, nameof(Entity.Id)), nameof(Guid.CompareTo), Type.EmptyTypes,
                Expression.Property(Expression.Constant(new IdBoundary(id)), nameof(IdBoundary.Id)));
            return Expression.MakeBinary(descending ? ExpressionType.LessThan : ExpressionType.GreaterThan, compared, Expression.Constant(0));
        }

        private sealed record IdBoundary(Guid Id);
    }
}
