using System.Linq.Expressions;
using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Writes;
using LetterTracker.Api.Features.Dispatches;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Letters;

public sealed class LetterWrites : WriteModel<Letter, LetterRequest, LetterResponse>
{
    public static readonly LetterWrites Model = new();

    public override string Noun => "letter";
    public override string Path => "/api/letters";

    public override Task<LetterResponse> ReadAsync(Guid id, HttpContext http, CancellationToken cancellationToken) =>
        LetterRecord.ReadAsync(http.RequestServices.GetRequiredService<LetterTrackerDbContext>(), id,
            http.RequestServices.GetRequiredService<TimeProvider>().Today(), http.Response, cancellationToken);

    public override IQueryable<Letter> ForUpdate(LetterTrackerDbContext db) => db.Letters
        .Include(l => l.Signatories)
        .Include(l => l.Incidents)
        .Include(l => l.CasualtyFigures)
        .Include(l => l.Dispatches).ThenInclude(d => d.Recipient);

    public override Letter Create(LetterRequest request) => new() { Subject = request.Subject };

    public override async Task Apply(LetterRequest request, Letter letter, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var wasDraft = letter.Status == LetterStatus.Draft;
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        letter.Subject = request.Subject;
        letter.Summary = request.Summary;
        letter.Body = request.Body;
        letter.Language = request.Language;
        letter.Demands = [.. request.Demands];
        letter.SentOn = request.SentOn;
        letter.SentFrom = request.SentFrom;
        letter.SentTo = request.SentTo;
        letter.Status = request.Status!.Value;
        // A draft being sent without a date is sent today; a letter created as sent keeps the dates it is
        // given, none when the day is not known.
        if (wasDraft && letter.Id != Guid.Empty && letter.Status == LetterStatus.Sent)
        {
            LetterLifecycle.DateIfUndated(letter, now);
        }

        await letter.Signatories.SyncAsync(request.SignatoryIds, db.Organisations, "signatoryIds", cancellationToken);
        await letter.Incidents.SyncAsync(request.IncidentIds, db.Incidents, "incidentIds", cancellationToken);
        await letter.CasualtyFigures.SyncAsync(request.CasualtyFigureIds, db.CasualtyFigures, "casualtyFigureIds", cancellationToken);
        await SyncDispatchesAsync(request.RecipientIds, letter, db, cancellationToken);
        LetterLifecycle.Settle(letter, wasDraft, db, now);

        // The letter's send date dates the dispatches that have none of their own.
        foreach (var dispatch in letter.Dispatches)
        {
            Deadlines.Refresh(dispatch, letter, dispatch.Recipient, http);
        }
    }

    /// <summary>One dispatch per recipient: new recipients get one; a removed recipient's dispatch goes only while it has no history.</summary>
    private static async Task SyncDispatchesAsync(List<Guid> recipientIds, Letter letter, LetterTrackerDbContext db, CancellationToken cancellationToken)
    {
        foreach (var dispatch in letter.Dispatches.Where(d => !recipientIds.Contains(d.RecipientId)).ToList())
        {
            var hasHistory = dispatch.Status != DispatchStatus.Draft
                || await db.DispatchEvents.AnyAsync(e => e.DispatchId == dispatch.Id, cancellationToken)
                || await db.Citations.AnyAsync(c => c.DispatchId == dispatch.Id, cancellationToken);
            if (hasHistory)
            {
                var conflict = ProblemException.Conflict(
                    $"The letter's dispatch to {dispatch.Recipient.Name} ({dispatch.Id}) is {dispatch.Status.ToString().ToLowerInvariant()} and has a history; " +
                    "a recipient cannot be taken off a letter once it was sent to them. Keep its id in recipientIds.");
                conflict.Extensions["references"] = new[] { new Reference("dispatch", dispatch.Id, dispatch.Recipient.Name) };
                throw conflict;
            }

            letter.Dispatches.Remove(dispatch);
            db.Dispatches.Remove(dispatch);
        }

        var missing = recipientIds.Except(letter.Dispatches.Select(d => d.RecipientId)).ToList();
        var recipients = await db.Recipients.LoadAllAsync(missing, "recipientIds", cancellationToken);
        foreach (var recipient in recipients)
        {
            // A draft until LetterLifecycle.Settle sends it with a letter that is sent.
            letter.Dispatches.Add(new Dispatch { Recipient = recipient, Status = DispatchStatus.Draft });
        }
    }

    public override LetterRequest ToRequest(Letter letter) => new()
    {
        Subject = letter.Subject,
        Summary = letter.Summary,
        Body = letter.Body,
        Language = letter.Language,
        Demands = [.. letter.Demands],
        SentOn = letter.SentOn,
        SentFrom = letter.SentFrom,
        SentTo = letter.SentTo,
        Status = letter.Status,
        SignatoryIds = [.. letter.Signatories.Select(o => o.Id).Order()],
        IncidentIds = [.. letter.Incidents.Select(i => i.Id).Order()],
        CasualtyFigureIds = [.. letter.CasualtyFigures.Select(f => f.Id).Order()],
        RecipientIds = [.. letter.Dispatches.OrderBy(d => d.Id).Select(d => d.RecipientId)],
    };

    public override async Task<List<Reference>> FindReferences(LetterTrackerDbContext db, Guid id, CancellationToken cancellationToken) =>
    [
        .. await db.Dispatches.Where(d => d.LetterId == id)
            .Select(d => new Reference("dispatch", d.Id, d.Recipient.Name)).ToListAsync(cancellationToken),
        .. await db.Citations.Where(c => c.LetterId == id)
            .Select(c => new Reference("citation", c.Id, c.Quote)).ToListAsync(cancellationToken),
    ];
}
