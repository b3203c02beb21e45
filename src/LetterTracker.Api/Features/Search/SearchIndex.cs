using System.Runtime.CompilerServices;
using System.Text;
using LetterTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Search;

/// <summary>
/// The full-text index the migrations create and their triggers keep in step with every write
/// (an FTS5 table on SQLite, a tsvector table on PostgreSQL).
/// </summary>
public static class SearchIndex
{
    /// <summary>What snippets put before and after each matched word.</summary>
    public const string Mark = "**";

    /// <summary>How many words a snippet holds at most.</summary>
    private const int SnippetWords = 20;

    /// <summary>
    /// The ids of the records of one type that match what a user typed in q (see <see cref="SearchTerms"/>;
    /// a q without a searchable word is a 400 keyed q). Composes inside another query:
    /// <c>db.Letters.Where(l =&gt; SearchIndex.Matching(db, SearchType.Letter, q).Contains(l.Id))</c>.
    /// </summary>
    public static IQueryable<Guid> Matching(LetterTrackerDbContext db, SearchType type, string q)
    {
        var terms = SearchTerms.Parse(q);
        if (db.Database.IsNpgsql())
        {
            return db.Database.SqlQuery<Guid>(FormattableStringFactory.Create(
                $$"""SELECT "RecordId" AS "Value" FROM "SearchIndex" WHERE "Type" = {0} AND "Document" @@ ({{terms.ToTsQuery(1)}})""",
                [type.IndexName(), .. terms.Terms]));
        }

        return db.Database.SqlQuery<Guid>(
            $"""SELECT "RecordId" AS "Value" FROM "SearchIndex" WHERE "SearchIndex" MATCH {terms.ToFts5Query()} AND "Type" = {type.IndexName()}""");
    }

    /// <summary>
    /// The best-ranked matches, best first (by score, then id), after a position (score and id)
    /// when given; at most take of them, with snippets made for those rows only.
    /// </summary>
    public static Task<List<SearchHit>> RankedAsync(
        LetterTrackerDbContext db, SearchTerms terms, SearchType? type, (double Score, Guid Id)? after, int take,
        CancellationToken cancellationToken)
    {
        var sql = db.Database.IsNpgsql() ? PostgresRanked(terms, type, after, take) : SqliteRanked(terms, type, after, take);
        return db.Database.SqlQuery<SearchHit>(sql).ToListAsync(cancellationToken);
    }

    private static FormattableString SqliteRanked(SearchTerms terms, SearchType? type, (double Score, Guid Id)? after, int take)
    {
        var sql = new SqlBuilder();
        var match = sql.Add(terms.ToFts5Query());
        var filters = new StringBuilder();
        if (type is { } only)
        {
            filters.Append($""" AND "Type" = {sql.Add(only.IndexName())}""");
        }

        if (after is var (score, id))
        {
            // Ids are compared as EF Core stores them in SQLite: uppercase text.
            var (s, i) = (sql.Add(score), sql.Add(id.ToString().ToUpperInvariant()));
            filters.Append($""" AND (rank > {s} OR (rank = {s} AND "RecordId" > {i}))""");
        }

        // The inner query ranks every match but reads only ids; snippets cost more and are made
        // for the page's rows alone. rank is BM25 with title matches weighted (see the migration).
        return sql.Build($"""
            SELECT "Type", "RecordId" AS "Id", "Title", snippet("SearchIndex", -1, '{Mark}', '{Mark}', '', {SnippetWords}) AS "Snippet", rank AS "Score"
            FROM "SearchIndex"
            WHERE "SearchIndex" MATCH {match} AND rowid IN (
                SELECT rowid FROM "SearchIndex"
                WHERE "SearchIndex" MATCH {match}{filters}
                ORDER BY rank, "RecordId"
                LIMIT {sql.Add(take)})
            ORDER BY rank, "RecordId"
            """);
    }

    private static FormattableString PostgresRanked(SearchTerms terms, SearchType? type, (double Score, Guid Id)? after, int take)
    {
        var sql = new SqlBuilder();
        var query = terms.ToTsQuery(0);
        foreach (var term in terms.Terms)
        {
            sql.Add(term);
        }

        var typeFilter = type is { } only ? $""" AND "Type" = {sql.Add(only.IndexName())}""" : "";
        var afterFilter = "";
        if (after is var (score, id))
        {
            var (s, i) = (sql.Add(score), sql.Add(id));
            afterFilter = $"""WHERE "Score" > {s} OR ("Score" = {s} AND "RecordId" > {i})""";
        }

        // Title words weigh A (1.0), body words D (0.1). Matches are ranked by key alone; the page's
        // rows are then read whole for their snippets: from the body when the body alone matches,
        // else from the title, prepared as the index prepared them. A body's excerpt is the
        // fragment around the matches; a title's starts at its beginning when it fits.
        var title = $"'StartSel={Mark}, StopSel={Mark}, MaxWords={SnippetWords}, MinWords={SnippetWords / 2}'";
        var body = $"'StartSel={Mark}, StopSel={Mark}, MaxWords={SnippetWords}, MinWords={SnippetWords / 2}, MaxFragments=1'";
        return sql.Build($"""
            SELECT s."Type", s."RecordId" AS "Id", s."Title",
                CASE WHEN ts_filter(s."Document", ARRAY['d'::"char"]) @@ ({query})
                    THEN ts_headline('lettertracker_search', lettertracker_search_text(s."Body"), {query}, {body})
                    ELSE ts_headline('lettertracker_search', lettertracker_search_text(s."Title"), {query}, {title})
                END AS "Snippet",
                page."Score"
            FROM (
                SELECT "Type", "RecordId", "Score" FROM (
                    SELECT "Type", "RecordId", (-ts_rank("Document", {query}))::float8 AS "Score"
                    FROM "SearchIndex"
                    WHERE "Document" @@ ({query}){typeFilter}) AS matches
                {afterFilter}
                ORDER BY "Score", "RecordId"
                LIMIT {sql.Add(take)}) AS page
            JOIN "SearchIndex" AS s ON s."Type" = page."Type" AND s."RecordId" = page."RecordId"
            ORDER BY page."Score", page."RecordId"
            """);
    }

    /// <summary>Raw SQL whose values are all parameters: Add returns the placeholder to write.</summary>
    private sealed class SqlBuilder
    {
        private readonly List<object> values = [];

        public string Add(object value)
        {
            values.Add(value);
            return $"{{{values.Count - 1}}}";
        }

        public FormattableString Build(string format) => FormattableStringFactory.Create(format, [.. values]);
    }
}
