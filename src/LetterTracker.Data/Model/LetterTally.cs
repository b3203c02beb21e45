namespace LetterTracker.Data.Model;

/// <summary>
/// How many letters are in one status: a counter kept by database triggers in the same transaction as
/// every write to Letters, so the overview reads three rows instead of counting every letter. A row
/// that falls to zero is deleted.
/// </summary>
public sealed class LetterTally
{
    public LetterStatus Status { get; set; }
    public int Count { get; set; }
}
