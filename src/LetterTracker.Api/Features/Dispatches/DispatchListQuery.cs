using System.Linq.Expressions;
using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Api.Common.Queries;
using LetterTracker.Api.Features.Letters;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Mvc;

namespace LetterTracker.Api.Features.Dispatches;

/// <summary>Filters and order of the dispatch list; filters combine with AND, each given at most once.</summary>
/// <param name="Status">Only dispatches in this status: draft, sent, delivered, acknowledged, responded, referred, declined or closed.</param>
/// <param name="Overdue">true: only overdue dispatches (a reply still awaited and dueOn before today); false: only those not overdue.</param>
/// <param name="RecipientId">Only dispatches to this recipient (its branches are recipients of their own).</param>
/// <param name="RecipientKind">Only dispatches to recipients of this kind: unAgency, euInstitution, intergovernmental, ngo or media.</param>
/// <param name="LetterId">Only dispatches of this letter.</param>
/// <param name="OrganisationId">Only dispatches of letters this organisation signed.</param>
/// <param name="IncidentId">Only dispatches of letters about this incident.</param>
/// <param name="DueBefore">Only dispatches due strictly before this date (dueOn &lt; dueBefore), such as 2025-05-01; those without a due date are left out.</param>
/// <param name="Sort">createdAt (the default), dueOn or sentAt; -dueOn for descending. Ties go by id; dispatches without dueOn or sentAt come last either way.</param>
public sealed record DispatchListQuery(
    [FromQuery(Name = "status"), KnownValues(typeof(DispatchStatus))] string? Status,
    [FromQuery(Name = "overdue")] bool? Overdue,
    [FromQuery(Name = "recipientId")] Guid? RecipientId,
    [FromQuery(Name = "recipientKind"), KnownValues(typeof(RecipientKind))] string? RecipientKind,
    [FromQuery(Name = "letterId")] Guid? LetterId,
    [FromQuery(Name = "organisationId")] Guid? OrganisationId,
    [FromQuery(Name = "incidentId")] Guid? IncidentId,
    [FromQuery(Name = "dueBefore")] DateOnly? DueBefore,
    [FromQuery(Name = "sort")] string? Sort)
{
    private static readonly SortOrders<Dispatch, DispatchSummary> Sorts = new SortOrders<Dispatch, DispatchSummary>()
        .Add("dueOn", d => d.DueOn, r => r.DueOn)
        .Add("sentAt", d => d.SentAt, r => r.SentAt);

    /// <summary>The order sort names; 400 keyed sort when it names none of this list's.</summary>
    public IKeysetOrder<Dispatch, DispatchSummary> Order() => Sorts.Parse(Sort);

    /// <summary>Each filter is answered by an index: overdue by the partial indexes of dispatches awaiting a reply, Dispatches (RecipientId, Status, Id), (LetterId, RecipientId), DueOn; Recipients Kind; the join tables by organisation and incident.</summary>
    public IQueryable<Dispatch> Filter(IQueryable<Dispatch> dispatches, LetterTrackerDbContext db, DateOnly today, HttpRequest request)
    {
        var dueBefore = request.IsoDate("dueBefore", DueBefore);
        if (QueryParameters.Enum<DispatchStatus>(Status, "status") is { } status)
        {
            dispatches = dispatches.Where(d => d.Status == status);
        }

        if (Overdue is { } overdue)
        {
            // In id order (the default, createdAt) the overdue rows are read from the partial index in id order.
            var inIdOrder = Sort?.TrimStart('-') is null or "createdAt";
            var isOverdue = Dispatches.Overdue.Is(today);
            dispatches = dispatches.Where(overdue
                ? (inIdOrder ? Dispatches.Overdue.IsInIdOrder(today) : isOverdue)
                : Expression.Lambda<Func<Dispatch, bool>>(Expression.Not(isOverdue.Body), isOverdue.Parameters));
        }

        if (RecipientId is { } recipientId)
        {
            dispatches = dispatches.Where(d => d.RecipientId == recipientId);
        }

        if (QueryParameters.Enum<RecipientKind>(RecipientKind, "recipientKind") is { } kind)
        {
            var recipients = db.Recipients.Where(r => r.Kind == kind).Select(r => r.Id);
            dispatches = dispatches.Where(d => recipients.Contains(d.RecipientId));
        }

        if (LetterId is { } letterId)
        {
            dispatches = dispatches.Where(d => d.LetterId == letterId);
        }

        if (OrganisationId is { } organisationId)
        {
            var letters = db.LettersSignedBy(organisationId);
            dispatches = dispatches.Where(d => letters.Contains(d.LetterId));
        }

        if (IncidentId is { } incidentId)
        {
            var letters = db.LettersAbout(incidentId);
            dispatches = dispatches.Where(d => letters.Contains(d.LetterId));
        }

        if (dueBefore is { } before)
        {
            dispatches = dispatches.Where(d => d.DueOn < before);
        }

        return dispatches;
    }
}
