using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Writes;
using LetterTracker.Api.Features.Dispatches;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Letters;

/// <summary>
/// Keeps a letter's status consistent with its dispatches', in the transaction of the write that changes
/// either. A draft letter has no dispatch that was sent (each is a draft, or closed unsent); a sent letter
/// has one still open, or none at all; a closed letter has none open. Sending a draft letter sends its draft
/// dispatches, one <c>sent</c> event each; sending a dispatch sends its letter; closing the letter closes
/// the dispatches still open, one <c>closed</c> event each; the last dispatch to reach an outcome closes
/// the letter; a dispatch added to a closed letter opens it again.
/// </summary>
public static class LetterLifecycle
{
    /// <summary>The note on the events a letter's own sending or closing records on its dispatches.</summary>
    public const string SentWithLetter = "Sent with the letter.";

    public const string ClosedWithLetter = "Closed with the letter.";

    /// <summary>
    /// After a letter write has set the letter's fields and its dispatches: sends or closes the dispatches the
    /// letter's status asks for, or refuses a status its dispatches contradict (409).
    /// </summary>
    /// <param name="wasDraft">The letter was a draft before this write (a new letter is).</param>
    public static void Settle(Letter letter, bool wasDraft, LetterTrackerDbContext db, DateTimeOffset now)
    {
        var finished = letter.Dispatches.Count > 0 && letter.Dispatches.All(d => DispatchLifecycle.IsOutcome(d.Status));
        switch (letter.Status)
        {
            case LetterStatus.Draft when !wasDraft && letter.Dispatches.FirstOrDefault(d => d.Status != DispatchStatus.Draft) is { } sent:
                throw ProblemException.Conflict(
                    $"The letter cannot be a draft again: its dispatch to {sent.Recipient.Name} ({sent.Id}) is {sent.Status.CamelName()}.");
            case LetterStatus.Draft or LetterStatus.Sent when finished:
                throw ProblemException.Conflict(
                    "Every dispatch of the letter has an outcome or is closed, so the letter is closed: send status closed, " +
                    "or add a recipient to send it to.");
            case LetterStatus.Sent:
                foreach (var dispatch in letter.Dispatches.Where(d => d.Status == DispatchStatus.Draft))
                {
                    if (IsNew(db, dispatch))
                    {
                        // Added to a letter recorded as sent: it went with the letter, on the letter's date.
                        dispatch.Status = DispatchStatus.Sent;
                    }
                    else if (wasDraft)
                    {
                        // Sending a draft letter sends each of its drafts: a status change, so an event.
                        MarkSent(dispatch, letter, db, now);
                    }
                }

                break;
            case LetterStatus.Closed:
                foreach (var dispatch in letter.Dispatches.Where(d => !DispatchLifecycle.IsOutcome(d.Status)))
                {
                    dispatch.Status = DispatchStatus.Closed;
                    db.DispatchEvents.Add(new DispatchEvent { Dispatch = dispatch, Type = DispatchEventType.Closed, At = now, Note = ClosedWithLetter });
                }

                break;
        }
    }

    /// <summary>
    /// The instant a letter's dispatches went out with it, as far as its dates tell: now when it is sent today,
    /// the start of its sentOn (UTC) when that is an earlier day; null when only a window or no day is known.
    /// </summary>
    public static DateTimeOffset? SentAt(Letter letter, DateTimeOffset now) =>
        letter.SentOn is not { } day ? null
        : day == DateOnly.FromDateTime(now.UtcDateTime) ? now
        : new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>
    /// A dispatch of the letter was sent (an event, or its sentAt): a draft letter is sent with it, dated
    /// that day unless it has a date.
    /// </summary>
    public static void DispatchSent(Letter letter, DateTimeOffset at)
    {
        if (letter.Status != LetterStatus.Draft)
        {
            return;
        }

        letter.Status = LetterStatus.Sent;
        DateIfUndated(letter, at);
    }

    /// <summary>A letter sent with no day nor window known is dated the day it was sent.</summary>
    public static void DateIfUndated(Letter letter, DateTimeOffset sent)
    {
        if (letter.SentFrom is null && letter.SentTo is null)
        {
            letter.SentOn ??= DateOnly.FromDateTime(sent.UtcDateTime);
        }
    }

    /// <summary>
    /// A dispatch of the letter reached an outcome: the letter is closed when no other dispatch is open.
    /// The letter's version moves either way, so that two dispatches finishing at once are saved one after
    /// the other (compare-and-set) and the second sees the first's outcome.
    /// </summary>
    public static async Task DispatchFinishedAsync(Dispatch dispatch, LetterTrackerDbContext db, CancellationToken cancellationToken)
    {
        var letter = dispatch.Letter;
        db.TouchVersion(letter);
        var othersOpen = await db.Dispatches.AnyAsync(
            d => d.LetterId == letter.Id && d.Id != dispatch.Id && !DispatchLifecycle.Outcomes.Contains(d.Status), cancellationToken);
        if (!othersOpen)
        {
            letter.Status = LetterStatus.Closed;
        }
    }

    /// <summary>
    /// A dispatch is added to the letter on its own (POST /api/dispatches): a closed letter is open again, and
    /// sent. The letter's version moves either way, so an outcome that would close it meanwhile is saved before or
    /// after this, never beside it.
    /// </summary>
    public static void DispatchAdded(Letter letter, LetterTrackerDbContext db)
    {
        db.TouchVersion(letter);
        if (letter.Status == LetterStatus.Closed)
        {
            letter.Status = LetterStatus.Sent;
        }
    }

    /// <summary>
    /// A dispatch of the letter is deleted: the letter is closed when it has others and none of them is open. The
    /// letter's version moves either way (see <see cref="DispatchAdded"/>).
    /// </summary>
    public static async Task DispatchRemovedAsync(Dispatch dispatch, LetterTrackerDbContext db, CancellationToken cancellationToken)
    {
        db.TouchVersion(dispatch.Letter);
        var others = await db.Dispatches.Where(d => d.LetterId == dispatch.LetterId && d.Id != dispatch.Id)
            .Select(d => d.Status).ToListAsync(cancellationToken);
        if (others.Count > 0 && others.All(DispatchLifecycle.IsOutcome))
        {
            dispatch.Letter.Status = LetterStatus.Closed;
        }
    }

    private static void MarkSent(Dispatch dispatch, Letter letter, LetterTrackerDbContext db, DateTimeOffset now)
    {
        dispatch.Status = DispatchStatus.Sent;
        // The dispatch keeps no send date of its own: it has the letter's, and its dueOn follows that date.
        if (SentAt(letter, now) is { } at)
        {
            db.DispatchEvents.Add(new DispatchEvent { Dispatch = dispatch, Type = DispatchEventType.Sent, At = at, Note = SentWithLetter });
        }
    }

    private static bool IsNew(LetterTrackerDbContext db, Dispatch dispatch) =>
        db.Entry(dispatch).State is EntityState.Added or EntityState.Detached;
}
