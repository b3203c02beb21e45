using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Api.Common.Queries;
using LetterTracker.Api.Features.Search;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Mvc;

namespace LetterTracker.Api.Features.Letters;

/// <summary>Filters and order of the letter list; filters combine with AND, each given at most once.</summary>
/// <param name="OrganisationId">Only letters this organisation signed.</param>
/// <param name="RecipientId">Only letters with a dispatch to this recipient.</param>
/// <param name="IncidentId">Only letters about this incident.</param>
/// <param name="Status">Only letters in this status: draft, sent or closed.</param>
/// <param name="SentFrom">Only letters sent on or after this date, such as 2025-04-01. A letter known only to have been sent within a window (sentFrom..sentTo, either end open) matches when the window overlaps the range asked for: it may have been sent in it. Letters never sent do not match.</param>
/// <param name="SentTo">Only letters sent on or before this date (inclusive); windows match as for sentFrom. Must not be before sentFrom.</param>
/// <param name="Q">Only letters matching these words (all of them, in any case and with or without diacritics; "quoted words" must stand together), from the full-text index of subject, summary, body and demands.</param>
/// <param name="Sort">createdAt (the default) or sentOn; -sentOn for descending. Ties go by id; letters without sentOn (unsent, or sent within a window only) come last either way.</param>
public sealed record LetterListQuery(
    [FromQuery(Name = "organisationId")] Guid? OrganisationId,
    [FromQuery(Name = "recipientId")] Guid? RecipientId,
    [FromQuery(Name = "incidentId")] Guid? IncidentId,
    [FromQuery(Name = "status"), KnownValues(typeof(LetterStatus))] string? Status,
    [FromQuery(Name = "sentFrom")] DateOnly? SentFrom,
    [FromQuery(Name = "sentTo")] DateOnly? SentTo,
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "sort")] string? Sort)
{
    private static readonly SortOrders<Letter, LetterSummary> Sorts = new SortOrders<Letter, LetterSummary>()
        .Add("sentOn", l => l.SentOn, r => r.SentOn);

    /// <summary>The order sort names; 400 keyed sort when it names none of this list's.</summary>
    public IKeysetOrder<Letter, LetterSummary> Order() => Sorts.Parse(Sort);

    /// <summary>Each filter is answered by an index: the join tables by organisation and incident, Dispatches (RecipientId, Status), Letters Status, SentOn, SentFrom and SentTo, the search index.</summary>
    public IQueryable<Letter> Filter(IQueryable<Letter> letters, LetterTrackerDbContext db, HttpRequest request)
    {
        var sentFrom = request.IsoDate("sentFrom", SentFrom);
        var sentTo = request.IsoDate("sentTo", SentTo);
        QueryParameters.Range(sentFrom, sentTo, "sentFrom", "sentTo");

        if (OrganisationId is { } organisationId)
        {
            var signed = db.LettersSignedBy(organisationId);
            letters = letters.Where(l => signed.Contains(l.Id));
        }

        if (RecipientId is { } recipientId)
        {
            var sent = db.Dispatches.Where(d => d.RecipientId == recipientId).Select(d => d.LetterId);
            letters = letters.Where(l => sent.Contains(l.Id));
        }

        if (IncidentId is { } incidentId)
        {
            var about = db.LettersAbout(incidentId);
            letters = letters.Where(l => about.Contains(l.Id));
        }

        if (QueryParameters.Enum<LetterStatus>(Status, "status") is { } status)
        {
            letters = letters.Where(l => l.Status == status);
        }

        if (sentFrom is not null || sentTo is not null)
        {
            var from = sentFrom ?? DateOnly.MinValue;
            var to = sentTo ?? DateOnly.MaxValue;
            // A day, or a window overlapping [from, to]; one open end of a window reaches as far as
            // the range does. Each branch starts with a condition one index answers (SentOn,
            // SentFrom, SentTo). A NULL comparison is false, so each branch needs its column set.
            letters = letters.Where(l => (l.SentOn >= from && l.SentOn <= to)
                || (l.SentFrom <= to && (l.SentTo == null || l.SentTo >= from))
                || (l.SentTo >= from && l.SentFrom == null));
        }

        if (Q is not null)
        {
            var matching = SearchIndex.Matching(db, SearchType.Letter, Q);
            letters = letters.Where(l => matching.Contains(l.Id));
        }

        return letters;
    }
}
