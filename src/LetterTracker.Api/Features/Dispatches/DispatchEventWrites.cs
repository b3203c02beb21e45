using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Writes;
using LetterTracker.Api.Features.Audit;
using LetterTracker.Api.Features.Letters;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Dispatches;

/// <summary>
/// Recording an event: checked against the dispatch's current status, then the event, the status and the
/// dates that follow from it (and a referral's new dispatch) are saved together, compare-and-set on the
/// dispatch's version, so two events racing on one dispatch are never both checked against the old status.
/// </summary>
public static class DispatchEventWrites
{
    /// <summary>Without If-Match, an event that lost a race is checked again against the new status this many times in all.</summary>
    private const int Attempts = 5;

    private static readonly DispatchEventType[] StatusChangingTypes =
        [.. Enum.GetValues<DispatchEventType>().Where(t => DispatchLifecycle.StatusAfter(t) is not null)];

    public static async Task<Created<DispatchEventResponse>> Record(
        Guid dispatchId, WriteBody<DispatchEventRequest> body, HttpContext http, CancellationToken cancellationToken)
    {
        DispatchEventRequest? request = null;
        // If-Match is optional here: with it, the event is recorded only on the version the client read.
        IReadOnlyList<string>? tags = http.Request.Headers.IfMatch.Count == 0 ? null : IfMatch.RequiredTags(http.Request);
        var db = http.RequestServices.GetRequiredService<LetterTrackerDbContext>();
        for (var attempt = 1; ; attempt++)
        {
            var dispatch = await db.Dispatches.Include(d => d.Letter).Include(d => d.Recipient)
                .FirstOrDefaultAsync(d => d.Id == dispatchId, cancellationToken)
                ?? throw ProblemException.NotFound("dispatch", dispatchId);
            if (tags is not null)
            {
                IfMatch.Match(dispatch, tags, "dispatch");
            }

            // Read once, after the dispatch was found (404) and matched (412), as a change's body is.
            request ??= await BodyReader.ReadNewAsync<DispatchEventRequest, DispatchEventResponse>(body.Fields, http, cancellationToken);

            var recorded = await ApplyAsync(request, dispatch, db, http, cancellationToken);
            // One entry for the event; what follows from it (the dispatch's status and dates) is what
            // the event says, not an entry of its own. A referral's new dispatch has its own (ReferAsync).
            AuditTrail.Record(db, http, "dispatch-events", recorded.Id, AuditAction.Create, before: null, after: new
            {
                DispatchId = dispatch.Id,
                request.Type,
                request.At,
                request.Note,
                request.ResponseSummary,
                request.SourceId,
                request.ReferredToRecipientId,
                request.OpenDispatch,
            });
            // Compare-and-set on the version as loaded: an event recorded meanwhile fails this save.
            db.TouchVersion(dispatch);
            try
            {
                await Writes.Save(db, "dispatch", dispatch, cancellationToken);
            }
            catch (ProblemException stale) when (stale.Status is StatusCodes.Status412PreconditionFailed or StatusCodes.Status409Conflict)
            {
                // Another event was recorded meanwhile, on this dispatch or (412 about the letter: 409) on
                // another of its letter: check this one against the state it left. Loading again matches
                // If-Match again, so a client that named a version still gets its 412 when the dispatch moved.
                if (attempt < Attempts)
                {
                    continue;
                }

                throw ProblemException.Conflict("The dispatch kept changing while this event was being recorded; send it again.");
            }

            var location = $"/api/dispatches/{dispatchId}/events/{recorded.Id}";
            return TypedResults.Created(location, await AnswerAsync(recorded, db, http.Response, cancellationToken));
        }
    }

    /// <summary>
    /// The event as a GET shows it. On SQLite, all but a referral's is what was just saved: built from it
    /// as the database returns it (instants as UTC ticks), without reading it back. A referral is read, for
    /// the dispatch the projection finds it opened, and so is every event on PostgreSQL, which keeps
    /// instants to the microsecond.
    /// </summary>
    private static async Task<DispatchEventResponse> AnswerAsync(
        DispatchEvent recorded, LetterTrackerDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        if (recorded.Type == DispatchEventType.Referred || !db.Database.IsSqlite())
        {
            return await db.DispatchEvents.ReadAsync(recorded.Id, DispatchEventResponse.Projection, "event", response, cancellationToken);
        }

        var answer = new DispatchEventResponse(
            recorded.Id, recorded.DispatchId, recorded.Type, Utc(recorded.At), recorded.Note, recorded.ResponseSummary, recorded.SourceId,
            recorded.ReferredToRecipientId, OpenedDispatchId: null, Utc(recorded.CreatedAt), Utc(recorded.UpdatedAt), recorded.Version);
        response.SetETag(answer);
        return answer;
    }

    /// <summary>An instant as read from the database: the same instant, offset zero (see UtcTicksConverter).</summary>
    private static DateTimeOffset Utc(DateTimeOffset instant) => new(instant.UtcTicks, TimeSpan.Zero);

    private static async Task<DispatchEvent> ApplyAsync(
        DispatchEventRequest request, Dispatch dispatch, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var type = request.Type!.Value;
        var at = request.At!.Value;
        DispatchLifecycle.Check(dispatch.Status, type);

        await CheckChronologyAsync(dispatch, type, at, db, cancellationToken);

        var recorded = new DispatchEvent
        {
            DispatchId = dispatch.Id,
            Type = type,
            At = at,
            Note = request.Note,
            ResponseSummary = request.ResponseSummary,
            SourceId = request.SourceId,
            ReferredToRecipientId = request.ReferredToRecipientId,
        };
        db.DispatchEvents.Add(recorded);

        dispatch.Status = DispatchLifecycle.StatusAfter(type) ?? dispatch.Status;
        if (type == DispatchEventType.Sent)
        {
            dispatch.SentAt = at;
            LetterLifecycle.DispatchSent(dispatch.Letter, at);
        }

        if (DispatchLifecycle.IsReply(type))
        {
            dispatch.FirstReplyAt ??= at;
        }

        Deadlines.Refresh(dispatch, dispatch.Letter, dispatch.Recipient, http);

        var opensDispatch = false;
        if (request.ReferredToRecipientId is { } referredTo)
        {
            opensDispatch = await ReferAsync(dispatch, referredTo, request.OpenDispatch ?? true, at, db, http, cancellationToken);
        }

        // A dispatch the referral opens keeps the letter open.
        if (DispatchLifecycle.IsOutcome(dispatch.Status) && DispatchLifecycle.StatusAfter(type) is not null && !opensDispatch)
        {
            await LetterLifecycle.DispatchFinishedAsync(dispatch, db, cancellationToken);
        }

        return recorded;
    }

    /// <summary>A status change cannot predate the sending or the previous status change, so the history reads in order.</summary>
    private static async Task CheckChronologyAsync(
        Dispatch dispatch, DispatchEventType type, DateTimeOffset at, LetterTrackerDbContext db, CancellationToken cancellationToken)
    {
        if (type != DispatchEventType.Sent && dispatch.SentAt is { } sentAt && at < sentAt)
        {
            throw ProblemException.Invalid("at", $"The dispatch was sent at {sentAt:O}; nothing can happen to it before that.");
        }

        if (DispatchLifecycle.StatusAfter(type) is null)
        {
            return;
        }

        var lastChange = await db.DispatchEvents.AsNoTracking()
            .Where(e => e.DispatchId == dispatch.Id && StatusChangingTypes.Contains(e.Type))
            .OrderByDescending(e => e.At).Select(e => (DateTimeOffset?)e.At).FirstOrDefaultAsync(cancellationToken);
        if (lastChange is { } last && at < last)
        {
            throw ProblemException.Invalid("at", $"The dispatch's status last changed at {last:O}; a later status cannot have been reached before that.");
        }
    }

    /// <summary>The body the recipient passed the letter to gets its own dispatch, linked to this one, unless the client declines it.</summary>
    /// <returns>Whether a dispatch was opened.</returns>
    private static async Task<bool> ReferAsync(
        Dispatch dispatch, Guid referredTo, bool openDispatch, DateTimeOffset at, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        if (referredTo == dispatch.RecipientId)
        {
            throw ProblemException.Invalid("referredToRecipientId", "A recipient cannot refer a letter to itself.");
        }

        var recipient = await db.Recipients.LoadAsync(referredTo, "referredToRecipientId", "recipient", cancellationToken);
        if (!openDispatch)
        {
            return false;
        }

        var existing = await db.Dispatches.Where(d => d.LetterId == dispatch.LetterId && d.RecipientId == referredTo)
            .Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            var conflict = ProblemException.Conflict(
                $"The letter already has a dispatch to {recipient.Name} ({existing}); send openDispatch: false to record the referral without opening another.");
            // existingId as every conflict with an existing record names it; existingDispatchId as first documented here.
            conflict.Extensions[Writes.ExistingIdMember] = existing;
            conflict.Extensions["existingDispatchId"] = existing;
            throw conflict;
        }

        var opened = new Dispatch
        {
            LetterId = dispatch.LetterId,
            Letter = dispatch.Letter,
            RecipientId = referredTo,
            Recipient = recipient,
            Status = DispatchStatus.Sent,
            SentAt = at,
            ReferredFromDispatchId = dispatch.Id,
        };
        Deadlines.Refresh(opened, dispatch.Letter, recipient, http);
        db.Dispatches.Add(opened);
        // A record of its own, which the event's entry does not name (only the recipient): its history
        // starts with a create, as any dispatch's does, by the same caller and in the same transaction.
        AuditTrail.Record(db, http, DispatchWrites.Model.Resource, opened.Id, AuditAction.Create, before: null, DispatchWrites.Model.ToRequest(opened));
        db.DispatchEvents.Add(new DispatchEvent
        {
            Dispatch = opened,
            Type = DispatchEventType.Sent,
            At = at,
            Note = $"Referred by {dispatch.Recipient.Name}.",
        });
        return true;
    }

}
