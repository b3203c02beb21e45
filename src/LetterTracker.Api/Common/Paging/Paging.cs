using System.Linq.Expressions;
using System.Reflection;
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
        var limit = LimitOf(query, http);
        order ??= KeysetOrder.ById<TEntity, TResponse>();
        var after = query.Cursor is null ? null : Cursor.Decode(query.Cursor, order.Name, orderReadsKey: true);
        var items = new List<TResponse>();
        foreach (var part in order.Read(records, after))
        {
            // One row more than asked tells whether a next page exists without a COUNT. Each part asks
            // for as many, not for what the page still lacks: one SQL text per page size, not one per
            // remainder (each text is a statement kept on every connection; see TakeWrittenIn).
            items.AddRange(await part.AsNoTracking().TakeWrittenIn(limit + 1).Select(projection)
                .AsSplitQuery().ToListAsync(cancellationToken));
            if (items.Count > limit)
            {
                break;
            }
        }

        if (items.Count > limit + 1)
        {
            items.RemoveRange(limit + 1, items.Count - limit - 1);
        }

        return ToPage(items, limit, http, last => new Cursor.Position(order.Name, order.KeyOf(last), last.Id));
    }

    /// <summary>
    /// Take, with the count written into the SQL as a number where EF Core would bind it as a parameter:
    /// SQLite prepares a statement again each time a value is bound to a parameter its plan depends on,
    /// as a LIMIT's is, which undid the statements kept prepared (SqlitePreparedStatements) for every
    /// page. Each count is an SQL text of its own, so a statement of its own on each connection: pass
    /// counts from a small set (page sizes bounded by Paging:MaxLimit), not remainders.
    /// </summary>
    public static IQueryable<T> TakeWrittenIn<T>(this IQueryable<T> source, int count) =>
        source.Provider.CreateQuery<T>(Expression.Call(
            TakeMethod.MakeGenericMethod(typeof(T)), source.Expression,
            Expression.Call(ConstantMethod, Expression.Constant(count))));

    private static readonly MethodInfo TakeMethod =
        new Func<IQueryable<object>, int, IQueryable<object>>(Queryable.Take).Method.GetGenericMethodDefinition();

    private static readonly MethodInfo ConstantMethod = new Func<int, int>(EF.Constant).Method;

    /// <summary>The page size asked for, the configured default when omitted; a 400 keyed limit when out of bounds.</summary>
    public static int LimitOf(PageQuery query, HttpContext http)
    {
        var settings = http.RequestServices.GetRequiredService<IOptions<PagingSettings>>().Value;
        var limit = query.Limit ?? settings.DefaultLimit;
        if (limit < 1 || limit > settings.MaxLimit)
        {
            throw ProblemException.Invalid("limit", $"Must be between 1 and {settings.MaxLimit}.");
        }

        return limit;
    }

    /// <summary>
    /// A page from rows read one past the limit: the extra row, when there is one, only says that a
    /// next page exists; the last row kept is where it starts (nextCursor and the Link header).
    /// </summary>
    public static Page<T> ToPage<T>(List<T> rows, int limit, HttpContext http, Func<T, Cursor.Position> positionOf)
    {
        string? nextCursor = null;
        if (rows.Count > limit)
        {
            rows.RemoveAt(limit);
            nextCursor = Cursor.Encode(positionOf(rows[^1]));
            // Not while a CSV export streams the pages it reads: its body has started, and has no pages.
            if (!http.Response.HasStarted)
            {
                http.Response.Headers.Link = $"<{NextPageUrl(http.Request, limit, nextCursor)}>; rel=\"next\"";
            }
        }

        return new Page<T>(rows, nextCursor);
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
