namespace LetterTracker.Data.Model;

/// <summary>
/// How many of a recipient's dispatches awaiting a reply fall due on one day (those without a due
/// date are not counted). Kept by database triggers in each write's transaction; a row that falls to
/// zero is deleted. A recipient's overdue count is the sum over the days before today: it grows with
/// the days that have something due, not with the dispatches.
/// </summary>
public sealed class AwaitingReplyTally
{
    public Guid RecipientId { get; set; }
    public DateOnly DueOn { get; set; }
    public int Count { get; set; }
}
