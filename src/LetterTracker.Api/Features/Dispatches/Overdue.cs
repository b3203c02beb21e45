using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Dispatches;

/// <summary>
/// "Overdue" is computed, never stored: a dispatch still awaiting a reply whose due date is before today.
/// </summary>
public static class Overdue
{
    /// <summary>Statuses in which a reply is still awaited.</summary>
    public static readonly DispatchStatus[] AwaitingReply = [DispatchStatus.Sent, DispatchStatus.Delivered, DispatchStatus.Acknowledged];

    /// <summary>Today's date in UTC, from the injectable clock.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
