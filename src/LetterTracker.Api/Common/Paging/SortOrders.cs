using System.Linq.Expressions;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Common.Paging;

/// <summary>
/// The orders a list offers as ?sort=field (ascending) or ?sort=-field (descending): always createdAt,
/// which is the id order (UUIDv7 ids are time-ordered) and the default, plus the fields added. Each
/// field needs an index in the database; the order breaks ties by id.
/// </summary>
public sealed class SortOrders<TEntity, TResponse>
    where TEntity : Entity
{
    private const string CreatedAt = "createdAt";
    private readonly Dictionary<string, IKeysetOrder<TEntity, TResponse>> orders = new(StringComparer.Ordinal)
    {
        [CreatedAt] = KeysetOrder.ById<TEntity, TResponse>(),
        ["-" + CreatedAt] = KeysetOrder.ById<TEntity, TResponse>("-" + CreatedAt, descending: true),
    };

    private readonly List<string> fields = [CreatedAt];

    /// <summary>Every value ?sort= takes (field and -field), for the document.</summary>
    public IEnumerable<string> Names => orders.Keys;

    /// <summary>Offers sort=field and sort=-field, by the entity's key, read back from the response for the cursor.</summary>
    public SortOrders<TEntity, TResponse> Add<TKey>(string field, Expression<Func<TEntity, TKey>> key, Func<TResponse, TKey> keyOfResponse)
    {
        orders[field] = KeysetOrder.By(field, key, keyOfResponse);
        orders["-" + field] = KeysetOrder.By("-" + field, key, keyOfResponse, descending: true);
        fields.Add(field);
        return this;
    }

    /// <summary>The order ?sort= names; createdAt when it is not given; 400 keyed sort, listing the choices, when it names no order of this list.</summary>
    public IKeysetOrder<TEntity, TResponse> Parse(string? sort) =>
        sort is null ? orders[CreatedAt]
        : orders.TryGetValue(sort, out var order) ? order
        : throw ProblemException.Invalid("sort", $"'{sort}' is not an order of this list. Sort by one of {string.Join(", ", fields)}; prefix it with - for descending order.");
}
