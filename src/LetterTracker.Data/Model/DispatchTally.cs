namespace LetterTracker.Data.Model;

/// <summary>
/// How many of a recipient's dispatches are in one status: a counter kept by database triggers in the
/// same transaction as every insert, update and delete of a dispatch, so per-recipient statistics read
/// a few rows instead of grouping every dispatch.
/// </summary>
public sealed class DispatchTally
{
    public Guid RecipientId { get; set; }
    public DispatchStatus Status { get; set; }
    public int Count { get; set; }
}
