namespace LetterTracker.Data.Model;

/// <summary>An event letters are about.</summary>
public sealed class Incident : Entity
{
    public required string Title { get; set; }
    public IncidentKind Kind { get; set; }
    public required string Country { get; set; }
    public required string District { get; set; }

    /// <summary>Other spellings of the district found in the sources (Aghdam / Agdam).</summary>
    public List<string> DistrictAliases { get; set; } = [];

    public string? Place { get; set; }

    /// <summary>First day of the range the sources give; a single day when From equals To.</summary>
    public DateOnly OccurredFrom { get; set; }
    public DateOnly OccurredTo { get; set; }

    /// <summary>Null means no source gives a number; never stored as 0 for "unknown".</summary>
    public int? Killed { get; set; }
    public int? Injured { get; set; }
    public bool? Civilian { get; set; }

    public required string Description { get; set; }

    public List<Letter> Letters { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}

public enum IncidentKind
{
    LandmineExplosion,
    Other,
}
