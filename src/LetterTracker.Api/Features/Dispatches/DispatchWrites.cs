using System.Linq.Expressions;
using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Writes;
using LetterTracker.Api.Features.Letters;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Dispatches;

public sealed class DispatchWrites : WriteModel<Dispatch, DispatchRequest, DispatchResponse>
{
    public static readonly DispatchWrites Model = new();

    public override string Noun => "dispatch";
    public override string Path => "/api/dispatches";

    public override Expression<Func<Dispatch, DispatchResponse>> Projection(HttpContext http) =>
        DispatchResponse.Projection(http.RequestServices.GetRequiredService<TimeProvider>().Today());

    public override IQueryable<Dispatch> ForUpdate(LetterTrackerDbContext db) =>
        db.Dispatches.Include(d => d.Letter).Include(d => d.Recipient);

    public override Dispatch Create(DispatchRequest request) => new()
    {
        LetterId = request.LetterId!.Value,
        RecipientId = request.RecipientId!.Value,
        Status = DispatchStatus.Draft,
    };

    public override async Task Apply(DispatchRequest request, Dispatch dispatch, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        // The validator has checked both exist (a new dispatch has not loaded them yet); they may
        // have been deleted since.
        dispatch.Letter ??= await db.Letters.LoadAsync(dispatch.LetterId, "letterId", "letter", cancellationToken);
        dispatch.Recipient ??= await db.Recipients.LoadAsync(dispatch.RecipientId, "recipientId", "recipient", cancellationToken);
        if (dispatch.Id == Guid.Empty)
        {
            LetterLifecycle.DispatchAdded(dispatch.Letter, db);
        }

        dispatch.Channel = request.Channel;
        dispatch.SentAt = request.SentAt;
        dispatch.DeliveryRef = request.DeliveryRef;
        if (dispatch.SentAt is { } sentAt && dispatch.Status == DispatchStatus.Draft)
        {
            dispatch.Status = DispatchStatus.Sent;
            LetterLifecycle.DispatchSent(dispatch.Letter, sentAt);
        }

        Deadlines.Refresh(dispatch, dispatch.Letter, dispatch.Recipient, http);
    }

    /// <summary>A draft that goes (only a dispatch without history can) may leave its letter with every other dispatch finished.</summary>
    public override Task BeforeDelete(Dispatch dispatch, LetterTrackerDbContext db, CancellationToken cancellationToken) =>
        LetterLifecycle.DispatchRemovedAsync(dispatch, db, cancellationToken);

    public override DispatchRequest ToRequest(Dispatch dispatch) => new()
    {
        LetterId = dispatch.LetterId,
        RecipientId = dispatch.RecipientId,
        Channel = dispatch.Channel,
        SentAt = dispatch.SentAt,
        DeliveryRef = dispatch.DeliveryRef,
    };

    public override async Task<List<Reference>> FindReferences(LetterTrackerDbContext db, Guid id, CancellationToken cancellationToken) =>
    [
        .. await db.DispatchEvents.Where(e => e.DispatchId == id)
            .Select(e => new Reference("event", e.Id, e.Type.ToString())).ToListAsync(cancellationToken),
        .. await db.Dispatches.Where(d => d.ReferredFromDispatchId == id)
            .Select(d => new Reference("referral dispatch", d.Id, d.Recipient.Name)).ToListAsync(cancellationToken),
        .. await db.Citations.Where(c => c.DispatchId == id)
            .Select(c => new Reference("citation", c.Id, c.Quote)).ToListAsync(cancellationToken),
    ];
}
