using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Webhooks;

/// <summary>
/// Wakes this instance's sender when a write here added deliveries, so they go out at once rather than
/// at the next poll. Only then: woken by every commit, the sender looked for deliveries and overdue days
/// after each write (two queries, in a scope of their own: 15-20% of an event's CPU when nobody subscribes).
/// </summary>
public sealed class WebhookSignal
{
    private static readonly object Marker = new();

    private readonly SemaphoreSlim wake = new(0, 1);

    // The contexts whose saves added deliveries not yet committed (weakly: a context dropped unsaved goes).
    private readonly ConditionalWeakTable<DbContext, object> written = new();

    public void Wake()
    {
        if (wake.CurrentCount == 0)
        {
            try
            {
                wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Woken meanwhile by another write: once is enough.
            }
        }
    }

    /// <summary>Notes that a save on this context adds deliveries; <see cref="WakeIfWritten"/> wakes the sender once they are committed.</summary>
    public void Written(DbContext db) => written.AddOrUpdate(db, Marker);

    /// <summary>At a commit: wakes the sender if this context's saves added deliveries since its last commit.</summary>
    public void WakeIfWritten(DbContext? db)
    {
        if (db is not null && written.Remove(db))
        {
            Wake();
        }
    }

    /// <summary>At a rollback: the deliveries this context's saves added are gone.</summary>
    public void Forget(DbContext? db)
    {
        if (db is not null)
        {
            written.Remove(db);
        }
    }

    /// <summary>Waits until woken or until <paramref name="timeout"/> passes.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => wake.WaitAsync(timeout, cancellationToken);
}
