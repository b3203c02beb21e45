namespace LetterTracker.Api.Features.Webhooks;

/// <summary>Wakes this instance's sender when a write here may have added deliveries, so they go out at once rather than at the next poll.</summary>
public sealed class WebhookSignal
{
    private readonly SemaphoreSlim wake = new(0, 1);

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

    /// <summary>Waits until woken or until <paramref name="timeout"/> passes.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => wake.WaitAsync(timeout, cancellationToken);
}
