namespace LetterTracker.Data.Model;

/// <summary>
/// How many dispatches awaiting a reply fall due on one day, whatever their recipient (those without a
/// due date are not counted). Kept by database triggers in each write's transaction; a row that falls
/// to zero is deleted. The overdue total is the sum over the days before today: it grows with the days
/// that have something due (a few thousand), not with the dispatches or the recipients.
/// </summary>
public sealed class AwaitingReplyDayTally
{
    public DateOnly DueOn { get; set; }
    public int Count { get; set; }
}
