using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LetterTracker.Api.Features.Webhooks;

/// <summary>Wakes this instance's sender when a transaction that wrote deliveries commits: they are visible to it from then on, not before.</summary>
public sealed class WebhookCommitSignal(WebhookSignal signal) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => signal.WakeIfWritten(eventData.Context);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.WakeIfWritten(eventData.Context);
        return Task.CompletedTask;
    }

    // Rolled back, the deliveries are gone: a later commit on the same context must not wake the sender for them.
    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => signal.Forget(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.Forget(eventData.Context);
        return Task.CompletedTask;
    }
}
