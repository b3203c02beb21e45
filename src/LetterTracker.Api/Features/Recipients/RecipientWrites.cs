using System.Linq.Expressions;
using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Writes;
using LetterTracker.Api.Features.Dispatches;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Recipients;

public sealed class RecipientWrites : WriteModel<Recipient, RecipientRequest, RecipientResponse>
{
    public static readonly RecipientWrites Model = new();

    public override string Noun => "recipient";
    public override string Path => "/api/recipients";

    public override Expression<Func<Recipient, RecipientResponse>> Projection(HttpContext http) =>
        RecipientResponse.Projection(http.RequestServices.GetRequiredService<LetterTrackerDbContext>());

    public override Recipient Create(RecipientRequest request) => new() { Name = request.Name };

    public override async Task Apply(RecipientRequest request, Recipient recipient, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var isNew = recipient.Id == Guid.Empty;
        var parentChanged = recipient.ParentId != request.ParentId;
        var windowChanged = recipient.ResponseDays != request.ResponseDays;
        recipient.Name = request.Name;
        recipient.Acronym = request.Acronym;
        recipient.Kind = request.Kind!.Value;
        recipient.ParentId = request.ParentId;
        recipient.Country = request.Country;
        recipient.Email = request.Email;
        recipient.ResponseDays = request.ResponseDays;

        // A new recipient cannot close a cycle (nothing points at it yet); only re-parenting can.
        if (parentChanged && !isNew && request.ParentId is { } parentId)
        {
            await TouchAncestorsAsync(parentId, db, cancellationToken);
        }

        if (windowChanged && !isNew)
        {
            await RedateDispatchesAsync(recipient, db, http, cancellationToken);
        }
    }

    /// <summary>
    /// Moves the version of the new parent and each body above it. The validator walked that chain
    /// before saving; two re-parentings racing each other (A under B, B under A) would each pass it.
    /// Touching the rows they walked makes the second to commit fail its version check instead of
    /// saving a loop.
    /// </summary>
    private static async Task TouchAncestorsAsync(Guid parentId, LetterTrackerDbContext db, CancellationToken cancellationToken)
    {
        Guid? current = parentId;
        for (var depth = 0; current is { } id && depth < RecipientRequestValidator.MaxDepth; depth++)
        {
            var ancestor = await db.Recipients.LoadAsync(id, "parentId", "recipient", cancellationToken);
            db.TouchVersion(ancestor);
            current = ancestor.ParentId;
        }
    }

    /// <summary>A recipient's reply window dates its dispatches: when it changes, so do their due dates.</summary>
    private static async Task RedateDispatchesAsync(Recipient recipient, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var dispatches = await db.Dispatches.Include(d => d.Letter).Where(d => d.RecipientId == recipient.Id).ToListAsync(cancellationToken);
        foreach (var dispatch in dispatches)
        {
            Deadlines.Refresh(dispatch, dispatch.Letter, recipient, http);
        }
    }

    public override RecipientRequest ToRequest(Recipient recipient) => new()
    {
        Name = recipient.Name,
        Acronym = recipient.Acronym,
        Kind = recipient.Kind,
        ParentId = recipient.ParentId,
        Country = recipient.Country,
        Email = recipient.Email,
        ResponseDays = recipient.ResponseDays,
    };

    public override async Task<List<Reference>> FindReferences(LetterTrackerDbContext db, Guid id, CancellationToken cancellationToken) =>
    [
        .. await db.Recipients.Where(r => r.ParentId == id)
            .Select(r => new Reference("recipient", r.Id, r.Name)).ToListAsync(cancellationToken),
        .. await db.Dispatches.Where(d => d.RecipientId == id)
            .Select(d => new Reference("dispatch", d.Id, d.Letter.Subject)).ToListAsync(cancellationToken),
        .. await db.Citations.Where(c => c.RecipientId == id)
            .Select(c => new Reference("citation", c.Id, c.Quote)).ToListAsync(cancellationToken),
        .. await db.DispatchEvents.Where(e => e.ReferredToRecipientId == id)
            .Select(e => new Reference("dispatchEvent", e.Id, e.Dispatch.Letter.Subject)).ToListAsync(cancellationToken),
    ];
}
