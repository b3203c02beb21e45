namespace LetterTracker.Data.Model;

/// <summary>
/// How far the scan for dispatch.overdue has got: every awaited dispatch due on or before this day has had
/// its event. One row; instances advance it by compare-and-set on its version, so each day is scanned once.
/// </summary>
public sealed class OverdueScan
{
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;

    public DateOnly ScannedThrough { get; set; }

    public long Version { get; set; }
}
