using LetterTracker.Api.Common.Paging;
using LetterTracker.Api.Common.Queries;
using LetterTracker.Api.Features.Search;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Mvc;

namespace LetterTracker.Api.Features.Incidents;

/// <summary>Filters and order of the incident list; filters combine with AND, each given at most once.</summary>
/// <param name="District">Only incidents in this district, matched against the district and its other spellings (Aghdam and Agdam find the same incident), ignoring case (on SQLite, the case of ASCII letters only).</param>
/// <param name="Country">Only incidents in this country, ignoring case as district does.</param>
/// <param name="From">Only incidents whose date range (occurredFrom..occurredTo) reaches this date or later, such as 2025-04-07.</param>
/// <param name="To">Only incidents whose date range starts on or before this date; with from, the ranges that overlap from..to. Must not be before from.</param>
/// <param name="Q">Only incidents matching these words (all of them, in any case and with or without diacritics; "quoted words" must stand together), from the full-text index.</param>
/// <param name="Sort">createdAt (the default) or occurredFrom; -occurredFrom for descending. Ties go by id.</param>
public sealed record IncidentListQuery(
    [FromQuery(Name = "district")] string? District,
    [FromQuery(Name = "country")] string? Country,
    [FromQuery(Name = "from")] DateOnly? From,
    [FromQuery(Name = "to")] DateOnly? To,
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "sort")] string? Sort)
{
    private static readonly SortOrders<Incident, IncidentSummary> Sorts = new SortOrders<Incident, IncidentSummary>()
        .Add("occurredFrom", i => i.OccurredFrom, r => r.OccurredFrom);

    /// <summary>The order sort names; 400 keyed sort when it names none of this list's.</summary>
    public IKeysetOrder<Incident, IncidentSummary> Order() => Sorts.Parse(Sort);

    /// <summary>
    /// The dates are answered by the OccurredFrom and OccurredTo indexes, q by the search index. District and country are
    /// matched through lower() and the aliases list, which no index answers: incidents are few
    /// (one per event a letter is about), so a scan of them is cheap.
    /// </summary>
    public IQueryable<Incident> Filter(IQueryable<Incident> incidents, LetterTrackerDbContext db, HttpRequest request)
    {
        var from = request.IsoDate("from", From);
        var to = request.IsoDate("to", To);
        QueryParameters.Range(from, to, "from", "to");

        // Equal as written, or equal in lower case: SQLite's lower() folds ASCII letters only, so the
        // exact comparison keeps a name in any script findable as it is stored.
        if (QueryParameters.Text(District, "district", LetterTracker.Data.Limits.Place) is { } district)
        {
            var lower = district.ToLowerInvariant();
            incidents = incidents.Where(i => i.District == district || i.District.ToLower() == lower
                || i.DistrictAliases.Any(a => a == district || a.ToLower() == lower));
        }

        if (QueryParameters.Text(Country, "country", LetterTracker.Data.Limits.Place) is { } country)
        {
            var lower = country.ToLowerInvariant();
            incidents = incidents.Where(i => i.Country == country || i.Country.ToLower() == lower);
        }

        if (from is { } start)
        {
            incidents = incidents.Where(i => i.OccurredTo >= start);
        }

        if (to is { } end)
        {
            incidents = incidents.Where(i => i.OccurredFrom <= end);
        }

        if (Q is not null)
        {
            var matching = SearchIndex.Matching(db, SearchType.Incident, Q);
            incidents = incidents.Where(i => matching.Contains(i.Id));
        }

        return incidents;
    }
}
