using System.Linq.Expressions;
using LetterTracker.Api.Common;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Sources;

/// <summary>A source as a list shows it: the full record (GET /api/sources/{id}) without its full text.</summary>
/// <param name="Id">UUIDv7.</param>
/// <param name="Title">The headline, when the document prints one.</param>
/// <param name="Outlet">The publishing outlet, when the document names it as such.</param>
/// <param name="Author">The byline.</param>
/// <param name="PublishedAt">Publication time with the offset the document prints; null when undated.</param>
/// <param name="Attribution">How the document attributes its facts, as printed.</param>
/// <param name="Language">BCP 47 language tag.</param>
/// <param name="Url">Where the document was published.</param>
/// <param name="FileName">The file the text was taken from.</param>
/// <param name="CitationCount">How many citations quote this source.</param>
/// <param name="CreatedAt">When the record was created.</param>
/// <param name="UpdatedAt">When the record was last changed.</param>
/// <param name="Version">Concurrency version; also the ETag.</param>
public sealed record SourceSummary(
    Guid Id,
    string? Title,
    string? Outlet,
    string? Author,
    DateTimeOffset? PublishedAt,
    string Attribution,
    string Language,
    string? Url,
    string? FileName,
    int CitationCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version) : IResource
{
    /// <summary>Shown in Swagger.</summary>
    public static SourceSummary Example { get; } = new(
        Examples.Source, null, null, "Akbar Novruz", new DateTimeOffset(2025, 4, 14, 12, 3, 0, TimeSpan.FromHours(4)),
        "Azernews reports, citing the State Committee for Work with Diaspora", "en", null, "001_8014706026ff67a4.txt",
        12, Examples.Created, Examples.Created, 1);

    public static readonly Expression<Func<Source, SourceSummary>> Projection = s => new SourceSummary(
        s.Id, s.Title, s.Outlet, s.Author, s.PublishedAt, s.Attribution, s.Language, s.Url, s.FileName,
        s.Citations.Count, s.CreatedAt, s.UpdatedAt, s.Version);
}
