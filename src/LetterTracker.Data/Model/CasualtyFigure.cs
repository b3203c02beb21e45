namespace LetterTracker.Data.Model;

/// <summary>An aggregate statistic quoted in advocacy ("393 killed or injured since November 2020").</summary>
public sealed class CasualtyFigure : Entity
{
    public required string Description { get; set; }
    public CasualtyMeasure Measure { get; set; }
    public int Value { get; set; }

    /// <summary>
    /// ISO 8601 date at the precision the source gives: "2020", "2020-11" or "2020-11-10".
    /// A report that says "since November 2020" does not name a day, so none is invented.
    /// </summary>
    public string? PeriodFrom { get; set; }

    public DateOnly? AsOf { get; set; }
    public string? ReportedBy { get; set; }

    public List<Letter> Letters { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}

public enum CasualtyMeasure
{
    Killed,
    Injured,
    KilledOrInjured,
}
