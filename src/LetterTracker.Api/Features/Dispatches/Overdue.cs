using System.Linq.Expressions;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Dispatches;

/// <summary>
/// "Overdue" is computed, never stored: a dispatch still awaiting a reply whose due date is before today.
/// </summary>
public static class Overdue
{
    /// <summary>Statuses in which a reply is still awaited.</summary>
    public static readonly DispatchStatus[] AwaitingReply = [DispatchStatus.Sent, DispatchStatus.Delivered, DispatchStatus.Acknowledged];

    /// <summary>The overdue condition as a query filter (the projections spell out the same condition).</summary>
    public static Expression<Func<Dispatch, bool>> Is(DateOnly today) =>
        d => d.DueOn != null && d.DueOn < today && AwaitingReply.Contains(d.Status);

    /// <summary>Today's date in UTC, from the injectable clock.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
