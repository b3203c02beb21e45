namespace LetterTracker.Data.Model;

/// <summary>
/// A letter's dispatches by status, one row per letter: counters kept by database triggers in the same
/// transaction as every insert, update and delete of a dispatch, so a page of letters shows its counts
/// by reading one row per letter instead of grouping the letters' dispatches.
/// </summary>
public sealed class LetterDispatchTally
{
    public Guid LetterId { get; set; }
    public int Draft { get; set; }
    public int Sent { get; set; }
    public int Delivered { get; set; }
    public int Acknowledged { get; set; }
    public int Responded { get; set; }
    public int Referred { get; set; }
    public int Declined { get; set; }
    public int Closed { get; set; }
}
