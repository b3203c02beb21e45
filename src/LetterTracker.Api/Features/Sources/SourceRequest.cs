using LetterTracker.Data.Seed;

namespace LetterTracker.Api.Features.Sources;

/// <summary>A source as a POST or PUT sends it (PATCH sends any part of it).</summary>
public sealed record SourceRequest
{
    /// <summary>The headline, when the document prints one.</summary>
    public string? Title { get; init; }

    /// <summary>The publishing outlet, when the document names it as such.</summary>
    public string? Outlet { get; init; }

    /// <summary>The byline.</summary>
    public string? Author { get; init; }

    /// <summary>Publication time with the offset the document prints (2025-04-14T12:03:00+04:00); null when undated. A time without an offset is refused rather than guessed.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>How the document attributes its facts, as printed ("Caliber.Az reports").</summary>
    public string Attribution { get; init; } = "";

    /// <summary>BCP 47 language tag of the document ("en", "de-CH").</summary>
    public string Language { get; init; } = "";

    /// <summary>Where the document was published: an absolute http(s) URL.</summary>
    public string? Url { get; init; }

    /// <summary>The file the text was taken from.</summary>
    public string? FileName { get; init; }

    /// <summary>The whole text, byte for byte; every citation of the source quotes it verbatim, so a change that drops a cited quote is refused.</summary>
    public string FullText { get; init; } = "";

    /// <summary>Shown in Swagger: the Azernews report of 14 April 2025, as the seed stores it.</summary>
    public static SourceRequest Example { get; } = new()
    {
        Author = "Akbar Novruz",
        PublishedAt = new DateTimeOffset(2025, 4, 14, 12, 3, 0, TimeSpan.FromHours(4)),
        Attribution = "Azernews reports, citing the State Committee for Work with Diaspora",
        Language = "en",
        FileName = ReportTexts.AzernewsFileName,
        FullText = ReportTexts.Read(ReportTexts.AzernewsFileName),
    };
}
