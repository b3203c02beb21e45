using LetterTracker.Api.Common.Paging;
using LetterTracker.Api.Common.Queries;
using LetterTracker.Api.Features.Search;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Mvc;

namespace LetterTracker.Api.Features.Organisations;

/// <summary>Filters and order of the organisation list; filters combine with AND, each given at most once.</summary>
/// <param name="Country">Only organisations based in this country, ignoring case (on SQLite, the case of ASCII letters only).</param>
/// <param name="Q">Only organisations matching these words (all of them, in any case and with or without diacritics; "quoted words" must stand together), from the full-text index of names and aliases.</param>
/// <param name="Sort">createdAt (the default) or name; -name for descending. Names sort in the database's collation (on SQLite, by code point: capitals first); ties go by id.</param>
public sealed record OrganisationListQuery(
    [FromQuery(Name = "country")] string? Country,
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "sort")] string? Sort)
{
    private static readonly SortOrders<Organisation, OrganisationSummary> Sorts = new SortOrders<Organisation, OrganisationSummary>()
        .Add("name", o => o.Name, r => r.Name);

    /// <summary>The order sort names; 400 keyed sort when it names none of this list's.</summary>
    public IKeysetOrder<Organisation, OrganisationSummary> Order() => Sorts.Parse(Sort);

    /// <summary>
    /// Country is matched through lower(), which the Country index does not answer: organisations
    /// are few (the senders of letters), so a scan of them is cheap. q is answered by the search index.
    /// </summary>
    public IQueryable<Organisation> Filter(IQueryable<Organisation> organisations, LetterTrackerDbContext db)
    {
        // Equal as written, or equal in lower case: SQLite's lower() folds ASCII letters only.
        if (QueryParameters.Text(Country, "country", LetterTracker.Data.Limits.Place) is { } country)
        {
            var lower = country.ToLowerInvariant();
            organisations = organisations.Where(o => o.Country == country || o.Country!.ToLower() == lower);
        }

        if (Q is not null)
        {
            var matching = SearchIndex.Matching(db, SearchType.Organisation, Q);
            organisations = organisations.Where(o => matching.Contains(o.Id));
        }

        return organisations;
    }
}
