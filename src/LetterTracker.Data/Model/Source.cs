namespace LetterTracker.Data.Model;

/// <summary>A document facts come from: a news report, a copy of a letter, a reply.</summary>
public sealed class Source : Entity
{
    public string? Title { get; set; }
    public string? Outlet { get; set; }
    public string? Author { get; set; }

    /// <summary>Kept with the offset the document prints (e.g. UTC+04:00).</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>How the document attributes its facts, as printed ("Caliber.Az reports").</summary>
    public required string Attribution { get; set; }

    /// <summary>BCP 47 language tag of the document ("en").</summary>
    public required string Language { get; set; }

    public string? Url { get; set; }
    public string? FileName { get; set; }
    public required string FullText { get; set; }

    public List<Citation> Citations { get; set; } = [];
}
