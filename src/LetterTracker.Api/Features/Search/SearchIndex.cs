using System.Globalization;
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

    /// <summary>How many matches are ranked together: the cost of a page, whatever the number of matches.</summary>
    public const int WindowSize = 200;

    /// <summary>
    /// Matches best first within windows of the newest <see cref="WindowSize"/> matches (see
    /// <see cref="SearchWindows"/>), after a position when given; at most take of them, with snippets
    /// made for those rows only.
    /// </summary>
    public static Task<List<SearchHit>> RankedAsync(
        LetterTrackerDbContext db, SearchTerms terms, SearchType? type, SearchPosition? after, int take,
        CancellationToken cancellationToken) =>
        db.Database.IsNpgsql()
            ? SearchWindows.ReadAsync(db, (w, p, n) => PostgresRanked(terms, type, w, p, n), (Guid.Empty.ToString(), Guid.AllBitsSet.ToString()), after, take, cancellationToken)
            : SearchWindows.ReadAsync(db, (w, p, n) => SqliteRanked(terms, type, w, p, n), (long.MinValue.ToString(CultureInfo.InvariantCulture), long.MaxValue.ToString(CultureInfo.InvariantCulture)), after, take, cancellationToken);

    /// <summary>Whether text from a cursor is an index key of this provider: a rowid (SQLite) or a record id (PostgreSQL).</summary>
    public static bool IsKey(LetterTrackerDbContext db, string key) => db.Database.IsNpgsql()
        ? Guid.TryParse(key, out _)
        : long.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    private static FormattableString SqliteRanked(SearchTerms terms, SearchType? type, SearchWindows.Bounds window, (double Score, Guid Id)? after, int take)
    {
        var sql = new SqlBuilder();
        var match = sql.Add(terms.ToFts5Query());
        var typeFilter = type is { } only ? $""" AND "Type" = {sql.Add(only.IndexName())}""" : "";
        var (lo, top, below) = (sql.Add(window.Lo), sql.Add(window.Top), sql.Add(window.Below));
        var afterFilter = "";
        if (after is var (score, id))
        {
            // Ids are compared as EF Core stores them in SQLite: uppercase text.
            var (s, i) = (sql.Add(score), sql.Add(id.ToString().ToUpperInvariant()));
            afterFilter = $""" WHERE "Score" > {s} OR ("Score" = {s} AND "RecordId" > {i})""";
        }

        // The window is read in rowid order (FTS5's own order: no sort), newest first, its rank
        // computed for its rows alone; the page is sorted among them (take is written into the SQL, not
        // bound: SQLite prepares a statement with a bound LIMIT again each time a value is bound to it).
        // Snippets cost more and are made for the page's rows alone. rank is BM25 with title matches
        // weighted (see the migration).
        return sql.Build($"""
            WITH "Window" AS (
                SELECT rowid AS "Row", "RecordId", rank AS "Score" FROM "SearchIndex"
                WHERE "SearchIndex" MATCH {match}{typeFilter}
                    AND rowid >= CAST({lo} AS INTEGER) AND rowid <= CAST({top} AS INTEGER) AND rowid < CAST({below} AS INTEGER)
                ORDER BY rowid DESC
                LIMIT {WindowSize}),
            "Bounds" AS (SELECT CAST(min("Row") AS TEXT) AS "Lo", CAST(max("Row") AS TEXT) AS "Top", count(*) AS "Size" FROM "Window"),
            "Page" AS (SELECT "Row", "Score", "RecordId" FROM "Window"{afterFilter} ORDER BY "Score", "RecordId" LIMIT {take.ToString(CultureInfo.InvariantCulture)})
            SELECT "Type", "SearchIndex"."RecordId" AS "Id", "Title",
                snippet("SearchIndex", -1, '{Mark}', '{Mark}', '', {SnippetWords}) AS "Snippet", "Page"."Score" AS "Score",
                "Bounds"."Lo" AS "WindowLo", "Bounds"."Top" AS "WindowTop", "Bounds"."Size" AS "WindowSize"
            FROM "Page" JOIN "SearchIndex" ON "SearchIndex".rowid = "Page"."Row", "Bounds"
            WHERE "SearchIndex" MATCH {match}
            ORDER BY "Page"."Score", "Page"."RecordId"
            """);
    }

    private static FormattableString PostgresRanked(SearchTerms terms, SearchType? type, SearchWindows.Bounds window, (double Score, Guid Id)? after, int take)
    {
        var sql = new SqlBuilder();
        var query = terms.ToTsQuery(0);
        foreach (var term in terms.Terms)
        {
            sql.Add(term);
        }

        var typeFilter = type is { } only ? $""" AND "Type" = {sql.Add(only.IndexName())}""" : "";
        var (lo, top, below) = (sql.Add(window.Lo), sql.Add(window.Top), sql.Add(window.Below));
        var afterFilter = "";
        if (after is var (score, id))
        {
            var (s, i) = (sql.Add(score), sql.Add(id));
            afterFilter = $"""WHERE "Score" > {s} OR ("Score" = {s} AND "RecordId" > {i})""";
        }

        // The GIN index finds the matches; the window is the newest of them by record id (UUIDv7:
        // time-ordered), found by key alone. Its bounds are compared as text (PostgreSQL 15 has no
        // min(uuid)): a UUID's fixed-width lowercase hex sorts as the UUID does. Only its rows are ranked. Title words weigh A (1.0), body
        // words D (0.1). The page's rows are then read whole for their snippets: from the body when the
        // body alone matches, else from the title, prepared as the index prepared them. A body's
        // excerpt is the fragment around the matches; a title's starts at its beginning when it fits.
        var title = $"'StartSel={Mark}, StopSel={Mark}, MaxWords={SnippetWords}, MinWords={SnippetWords / 2}'";
        var body = $"'StartSel={Mark}, StopSel={Mark}, MaxWords={SnippetWords}, MinWords={SnippetWords / 2}, MaxFragments=1'";
        return sql.Build($"""
            WITH "Window" AS MATERIALIZED (
                SELECT "Type", "RecordId" FROM "SearchIndex"
                WHERE "Document" @@ ({query}){typeFilter}
                    AND "RecordId" >= {lo}::uuid AND "RecordId" <= {top}::uuid AND "RecordId" < {below}::uuid
                ORDER BY "RecordId" DESC
                LIMIT {WindowSize}),
            "Bounds" AS (SELECT min("RecordId"::text) AS "Lo", max("RecordId"::text) AS "Top", count(*)::integer AS "Size" FROM "Window"),
            "Ranked" AS (
                SELECT w."Type", w."RecordId", (-ts_rank(s."Document", {query}))::float8 AS "Score"
                FROM "Window" AS w JOIN "SearchIndex" AS s ON s."Type" = w."Type" AND s."RecordId" = w."RecordId"),
            "Page" AS (SELECT "Type", "RecordId", "Score" FROM "Ranked" {afterFilter} ORDER BY "Score", "RecordId" LIMIT {sql.Add(take)})
            SELECT s."Type", s."RecordId" AS "Id", s."Title",
                CASE WHEN ts_filter(s."Document", ARRAY['d'::"char"]) @@ ({query})
                    THEN ts_headline('lettertracker_search', lettertracker_search_text(s."Body"), {query}, {body})
                    ELSE ts_headline('lettertracker_search', lettertracker_search_text(s."Title"), {query}, {title})
                END AS "Snippet",
                page."Score", b."Lo" AS "WindowLo", b."Top" AS "WindowTop", b."Size" AS "WindowSize"
            FROM "Page" AS page
            JOIN "SearchIndex" AS s ON s."Type" = page."Type" AND s."RecordId" = page."RecordId"
            CROSS JOIN "Bounds" AS b
            ORDER BY page."Score", page."RecordId"
            """);
    }

    /// <summary>Raw SQL whose values are parameters (on SQLite the page's LIMIT, a number of our own, is written in instead): Add returns the placeholder to write.</summary>
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
