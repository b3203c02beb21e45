using System.Runtime.CompilerServices;
using LetterTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Search;

/// <summary>
/// The full-text index the migrations create and their triggers keep in step with every write
/// (an FTS5 table on SQLite, a tsvector table on PostgreSQL).
/// </summary>
public static class SearchIndex
{
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
}
