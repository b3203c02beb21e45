using System.Linq.Expressions;
using LetterTracker.Api.Common.Writes;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Recipients;

public sealed class RecipientWrites : WriteModel<Recipient, RecipientRequest, RecipientResponse>
{
    public static readonly RecipientWrites Model = new();

    public override string Noun => "recipient";
    public override string Path => "/api/recipients";

    public override Expression<Func<Recipient, RecipientResponse>> Projection(HttpContext http) => RecipientResponse.Projection;

    public override Recipient Create(RecipientRequest request) => new() { Name = request.Name };

    public override Task Apply(RecipientRequest request, Recipient recipient, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        recipient.Name = request.Name;
        recipient.Acronym = request.Acronym;
        recipient.Kind = request.Kind!.Value;
        recipient.ParentId = request.ParentId;
        recipient.Country = request.Country;
        recipient.Email = request.Email;
        recipient.ResponseDays = request.ResponseDays;
        return Task.CompletedTask;
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
