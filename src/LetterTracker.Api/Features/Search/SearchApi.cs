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
    /// Full-text search, best match first among the 200 most recently added matches, then the next 200
    /// most recent, and so on: a page costs the same however many records match. Titles (subjects,
    /// names, acronyms) weigh more than bodies (letter texts and demands, incident places and
    /// descriptions, aliases, sources' full texts). A search with 200 matches or fewer is ranked whole.
    /// Every word must match, ignoring case and accents ("geneve" finds "Genève"); words in double
    /// quotes must stand together in that order (q="mine action" with the quotes). Other characters
    /// have no special meaning. Each result has a plain-text snippet with the matched words wrapped in
    /// double asterisks (**Agdam**). Paged with limit and cursor like the lists; a cursor is valid for
    /// the same q and type only.
    /// </remarks>
    /// <param name="q">The words to find, 1 to 200 characters, with "quoted phrases" if wanted.</param>
    /// <param name="type">Only records of this type: letter, incident, organisation, recipient or source.</param>
    public static async Task<Ok<Page<SearchResult>>> Search(
        string? q, [KnownValues(typeof(SearchType))] string? type, [AsParameters] PageQuery page, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var terms = SearchTerms.Parse(q);
        var only = TypeNamed(type);
        var limit = Paging.LimitOf(page, http);
        var order = OrderName(terms, only);
        var after = page.Cursor is null ? null : Position(Cursor.Decode(page.Cursor, order), db);

        var hits = await SearchIndex.RankedAsync(db, terms, only, after, limit + 1, cancellationToken);
        var found = Paging.ToPage(hits, limit, http, last => new Cursor.Position(
            order, JsonSerializer.SerializeToElement(new CursorKey(last.WindowLo, last.WindowTop, last.Score)), last.Id));
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

    /// <summary>A cursor's key: the window the page ended in (index keys as text) and the last row's score in it.</summary>
    private sealed record CursorKey(string Lo, string Top, double Score);

    private static SearchPosition Position(Cursor.Position position, LetterTrackerDbContext db)
    {
        try
        {
            var key = position.Key!.Value.Deserialize<CursorKey>();
            // Keys go back to the database as parameters, cast there: only what the index's keys look like.
            return key is { Lo: { } lo, Top: { } top } && SearchIndex.IsKey(db, lo) && SearchIndex.IsKey(db, top)
                ? new SearchPosition(lo, top, key.Score, position.Id)
                : throw Cursor.Invalid();
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw Cursor.Invalid();
        }
    }

    /// <summary>The excerpt on one line, cut at <see cref="SearchResult.MaxSnippetLength"/> (a "word" may be a long run of text without spaces).</summary>
    private static string OneLine(string snippet) => TextCut.AtMost(
        string.Join(" · ", snippet.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
        SearchResult.MaxSnippetLength);
}
