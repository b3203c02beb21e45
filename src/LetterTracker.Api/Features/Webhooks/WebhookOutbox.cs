using System.Text.Json;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace LetterTracker.Api.Features.Webhooks;

/// <summary>
/// Writes a delivery per subscriber for every change a webhook tells of, into the same SaveChanges (so the
/// same transaction) as the change: a letter created, a letter's or a dispatch's status moved. Whatever
/// path made the change (an event, a letter sent with its dispatches, a referral, an import) is covered,
/// and no event is lost to a crash between the write and the sending: the sender reads this outbox.
/// </summary>
public sealed class WebhookOutbox(TimeProvider clock, IOptions<JsonOptions> json, WebhookSignal signal) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is LetterTrackerDbContext db && Changes(db) is { Count: > 0 } changes)
        {
            Write(db, changes, db.WebhookSubscriptions.AsNoTracking().Select(s => new Subscriber(s.Id, s.EventTypes)).ToList());
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is LetterTrackerDbContext db && Changes(db) is { Count: > 0 } changes)
        {
            Write(db, changes, await db.WebhookSubscriptions.AsNoTracking()
                .Select(s => new Subscriber(s.Id, s.EventTypes)).ToListAsync(cancellationToken));
        }

        return result;
    }

    // Saved outside a transaction of the caller's, the deliveries are committed: the sender can have them now.
    // Inside one (a request's write turn), WebhookCommitSignal wakes it when that commits.
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        WakeIfCommitted(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        WakeIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void WakeIfCommitted(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            signal.WakeIfWritten(context);
        }
    }

    /// <summary>Adds one delivery per subscriber to each event, to be saved with the change.</summary>
    public void Write(LetterTrackerDbContext db, IReadOnlyList<WebhookEvent> events, IReadOnlyList<Subscriber> subscribers)
    {
        var now = clock.GetUtcNow();
        foreach (var change in events)
        {
            var payload = JsonSerializer.Serialize(new { type = change.Type, timestamp = now, data = change.Data }, json.Value.SerializerOptions);
            foreach (var subscriber in subscribers.Where(s => s.EventTypes.Contains(change.Type)))
            {
                db.WebhookDeliveries.Add(new WebhookDelivery
                {
                    SubscriptionId = subscriber.Id,
                    EventType = change.Type,
                    Payload = payload,
                    RecordId = change.RecordId,
                    RecordVersion = change.RecordVersion,
                    Status = WebhookDeliveryStatus.Pending,
                });
                signal.Written(db);
            }
        }
    }

    private static List<WebhookEvent> Changes(LetterTrackerDbContext db)
    {
        var changes = new List<WebhookEvent>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case Letter letter when entry.State == EntityState.Added:
                    // Version 0: before the status event the same write may add (at 1), whatever their ids.
                    changes.Add(new(WebhookEventTypes.LetterCreated, letter.Id, 0, LetterData(letter)));
                    // Recorded as sent (or closed) from the start: subscribers to that hear of it too.
                    if (letter.Status != LetterStatus.Draft)
                    {
                        changes.Add(new(LetterStatusType(letter.Status), letter.Id, VersionAfter(entry), LetterData(letter)));
                    }

                    break;
                case Letter letter when StatusMoved(entry) && letter.Status != LetterStatus.Draft:
                    changes.Add(new(LetterStatusType(letter.Status), letter.Id, VersionAfter(entry), LetterData(letter)));
                    break;
                case Dispatch dispatch when (entry.State == EntityState.Added && dispatch.Status != DispatchStatus.Draft) || StatusMoved(entry):
                    changes.Add(new(TypeOf(dispatch.Status), dispatch.Id, VersionAfter(entry), new
                    {
                        id = dispatch.Id,
                        letterId = dispatch.LetterId,
                        recipientId = dispatch.RecipientId,
                        status = dispatch.Status,
                        previousStatus = entry.State == EntityState.Added ? (DispatchStatus?)null : entry.Property(nameof(Dispatch.Status)).OriginalValue as DispatchStatus?,
                        dueOn = dispatch.DueOn,
                    }));
                    break;
            }
        }

        return changes;
    }

    /// <summary>The version the save leaves the record at (EntityStampInterceptor sets it after this runs).</summary>
    private static long VersionAfter(EntityEntry entry) => entry.State == EntityState.Added
        ? Math.Max(1, ((Entity)entry.Entity).Version)
        : (long)entry.Property(nameof(Entity.Version)).OriginalValue! + 1;

    private static string LetterStatusType(LetterStatus status) =>
        status == LetterStatus.Sent ? WebhookEventTypes.LetterSent : WebhookEventTypes.LetterClosed;

    private static bool StatusMoved(EntityEntry entry) =>
        entry.State == EntityState.Modified && entry.Property("Status") is { IsModified: true } status && !Equals(status.OriginalValue, status.CurrentValue);

    private static object LetterData(Letter letter) => new { id = letter.Id, subject = letter.Subject, status = letter.Status, sentOn = letter.SentOn };

    private static string TypeOf(DispatchStatus status) => status switch
    {
        DispatchStatus.Sent => WebhookEventTypes.DispatchSent,
        DispatchStatus.Delivered => WebhookEventTypes.DispatchDelivered,
        DispatchStatus.Closed => WebhookEventTypes.DispatchClosed,
        _ => WebhookEventTypes.DispatchReplied,
    };

    /// <summary>A subscription's id and the events it takes.</summary>
    public sealed record Subscriber(Guid Id, List<string> EventTypes);
}

/// <summary>Something a webhook tells of: its type, the record it is about and the version the event left it at, and the data sent.</summary>
public sealed record WebhookEvent(string Type, Guid RecordId, long RecordVersion, object Data);
