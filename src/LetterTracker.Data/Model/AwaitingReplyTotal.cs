namespace LetterTracker.Data.Model;

/// <summary>
/// How many of a recipient's dispatches await a reply with a due date: the sum of its
/// <see cref="AwaitingReplyTally"/> rows, kept by database triggers in each write's transaction. Its
/// overdue count is this total less its days from today on, which are bounded by the reply window,
/// whereas its days before today grow with its history.
/// </summary>
public sealed class AwaitingReplyTotal
{
    public Guid RecipientId { get; set; }
    public int Count { get; set; }
}
