using System.Linq.Expressions;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LetterTracker.Api.Common.Paging;

/// <summary>The one pagination helper: keyset paging by id (UUIDv7: time-ordered), or by a field then id, either way up.</summary>
public static class Paging
{
    public static async Task<Page<TResponse>> ToPageAsync<TEntity, TResponse>(
        this IQueryable<TEntity> records,
        Expression<Func<TEntity, TResponse>> projection,
        PageQuery query,
        HttpContext http,
        CancellationToken cancellationToken,
        IKeysetOrder<TEntity, TResponse>? order = null)
        where TEntity : Entity
        where TResponse : class, IResource
    {
        var settings = http.RequestServices.GetRequiredService<IOptions<PagingSettings>>().Value;
        var limit = query.Limit ?? settings.DefaultLimit;
        if (limit < 1 || limit > settings.MaxLimit)
        {
            throw ProblemException.Invalid("limit", $"Must be between 1 and {settings.MaxLimit}.");
        }

        order ??= KeysetOrder.ById<TEntity, TResponse>();
        var after = query.Cursor is null ? null : Cursor.Decode(query.Cursor, order.Name);
        var items = new List<TResponse>();
        foreach (var part in order.Read(records, after))
        {
            // One row more than asked tells whether a next page exists without a COUNT.
            items.AddRange(await part.AsNoTracking().Take(limit + 1 - items.Count).Select(projection)
                .AsSplitQuery().ToListAsync(cancellationToken));
            if (items.Count > limit)
            {
                break;
            }
        }

        string? nextCursor = null;
        if (items.Count > limit)
        {
            items.RemoveAt(limit);
            var last = items[^1];
            nextCursor = Cursor.Encode(new Cursor.Position(order.Name, order.KeyOf(last), last.Id));
            http.Response.Headers.Link = $"<{NextPageUrl(http.Request, limit, nextCursor)}>; rel=\"next\"";
        }

        return new Page<TResponse>(items, nextCursor);
    }

    /// <summary>The same request (path and filters) with the next cursor.</summary>
    private static string NextPageUrl(HttpRequest request, int limit, string nextCursor)
    {
        var query = request.Query
            .Where(p => p.Key is not ("cursor" or "limit"))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new("limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new("cursor", nextCursor));
        return QueryHelpers.AddQueryString($"{request.PathBase}{request.Path}", query);
    }
}
