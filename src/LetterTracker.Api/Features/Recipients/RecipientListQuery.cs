using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Api.Common.Queries;
using LetterTracker.Api.Features.Search;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Mvc;

namespace LetterTracker.Api.Features.Recipients;

/// <summary>Filters and order of the recipient list; filters combine with AND, each given at most once.</summary>
/// <param name="Kind">Only recipients of this kind: unAgency, euInstitution, intergovernmental, ngo or media.</param>
/// <param name="Unanswered">true: only recipients with at least one dispatch still awaiting its first reply (status sent or delivered); false: only those with none.</param>
/// <param name="Q">Only recipients matching these words (all of them, in any case and with or without diacritics; "quoted words" must stand together), from the full-text index of names and acronyms (q=UNMAS).</param>
/// <param name="Sort">createdAt (the default) or name; -name for descending. Names sort in the database's collation (on SQLite, by code point: capitals first); ties go by id.</param>
public sealed record RecipientListQuery(
    [FromQuery(Name = "kind"), KnownValues(typeof(RecipientKind))] string? Kind,
    [FromQuery(Name = "unanswered")] bool? Unanswered,
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "sort")] string? Sort)
{
    /// <summary>
    /// No first reply yet: an acknowledgement is a reply (it sets firstReplyAt), a draft was never
    /// sent, and the later statuses are answers or an end.
    /// </summary>
    private static readonly DispatchStatus[] AwaitingFirstReply = [DispatchStatus.Sent, DispatchStatus.Delivered];

    private static readonly SortOrders<Recipient, RecipientSummary> Sorts = new SortOrders<Recipient, RecipientSummary>()
        .Add("name", r => r.Name, r => r.Name);

    /// <summary>The order sort names; 400 keyed sort when it names none of this list's.</summary>
    public IKeysetOrder<Recipient, RecipientSummary> Order() => Sorts.Parse(Sort);

    /// <summary>Answered by the Recipients Kind index and, per recipient, the Dispatches (RecipientId, Status) index; q by the search index.</summary>
    public IQueryable<Recipient> Filter(IQueryable<Recipient> recipients, LetterTrackerDbContext db)
    {
        if (QueryParameters.Enum<RecipientKind>(Kind, "kind") is { } kind)
        {
            recipients = recipients.Where(r => r.Kind == kind);
        }

        if (Unanswered is { } unanswered)
        {
            recipients = unanswered
                ? recipients.Where(r => r.Dispatches.Any(d => AwaitingFirstReply.Contains(d.Status)))
                : recipients.Where(r => !r.Dispatches.Any(d => AwaitingFirstReply.Contains(d.Status)));
        }

        if (Q is not null)
        {
            var matching = SearchIndex.Matching(db, SearchType.Recipient, Q);
            recipients = recipients.Where(r => matching.Contains(r.Id));
        }

        return recipients;
    }
}
