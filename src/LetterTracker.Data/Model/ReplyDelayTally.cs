namespace LetterTracker.Data.Model;

/// <summary>
/// How many of a recipient's dispatches had their first reply after this many days: the histogram the
/// reply-time median is read from. Kept by database triggers in each write's transaction; a row that
/// falls to zero is deleted.
/// </summary>
public sealed class ReplyDelayTally
{
    public Guid RecipientId { get; set; }
    public int Days { get; set; }
    public int Count { get; set; }
}
