using LetterTracker.Api.Common.Access;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LetterTracker.Api.Features.Search;

public static class SearchApi
{
    public static void MapSearch(this IEndpointRouteBuilder api)
    {
        api.MapGet("/search", Search).WithTags("Search").NamedAfter(Search).RequireAuthorization(AccessPolicies.Read).ProducesProblem(StatusCodes.Status400BadRequest);
    }

    /// <summary>Search letters, incidents, organisations, recipients and sources</summary>
    /// <remarks>
    /// Full-text search, best match first: titles (subjects, names, acronyms) weigh more than bodies
    /// (letter texts and demands, incident places and descriptions, aliases, sources' full texts).
    /// Every word must match, ignoring case and accents ("geneve" finds "Genève"); words in double
    /// quotes must stand together in that order (q="mine action" with the quotes). Other characters
    /// have no special meaning. Each result has a plain-text snippet with the matched words wrapped in
    /// double asterisks (**Agdam**). Paged with limit and cursor like the lists; a cursor is valid for
    /// the same q and type only.
    /// </remarks>
    /// <param name="q">The words to find, 1 to 200 characters, with "quoted phrases" if wanted.</param>
    /// <param name="type">Only records of this type: letter, incident, organisation, recipient or source.</param>
    public static async Task<Ok<Page<SearchResult>>> Search(
        string? q, string? type, [AsParameters] PageQuery page, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var terms = SearchTerms.Parse(q);
        var only = TypeNamed(type);
        var limit = Paging.LimitOf(page, http);
        var order = OrderName(terms, only);
        var after = page.Cursor is null ? ((double, Guid)?)null : Position(Cursor.Decode(page.Cursor, order));

        var hits = await SearchIndex.RankedAsync(db, terms, only, after, limit + 1, cancellationToken);
        var found = Paging.ToPage(hits, limit, http, last => new Cursor.Position(order, JsonSerializer.SerializeToElement(last.Score), last.Id));
        return TypedResults.Ok(new Page<SearchResult>(
            [.. found.Items.Select(h => new SearchResult(SearchTypes.Named(h.Type)!.Value, h.Id, h.Title, OneLine(h.Snippet)))],
            found.NextCursor));
    }

    private static SearchType? TypeNamed(string? type) => type is null ? null
        : SearchTypes.Named(type) ?? throw ProblemException.Invalid("type", "One of letter, incident, organisation, recipient or source.");

    /// <summary>Names the query in its cursors (a digest, as q may be long), so another query's cursor is refused.</summary>
    private static string OrderName(SearchTerms terms, SearchType? type)
    {
        var query = string.Join('\n', terms.Terms.Prepend(type?.IndexName() ?? "any"));
        return "search:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(query)))[..32];
    }

    private static (double Score, Guid Id) Position(Cursor.Position position)
    {
        try
        {
            return (position.Key!.Value.Deserialize<double>(), position.Id);
        }
        catch (JsonException)
        {
            throw Cursor.Invalid();
        }
    }

    private static string OneLine(string snippet) =>
        string.Join(" · ", snippet.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
