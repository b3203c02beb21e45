using System.ComponentModel.DataAnnotations;
using LetterTracker.Api.Common;

namespace LetterTracker.Api.Features.Search;

/// <summary>A record that matches a search.</summary>
/// <param name="Type">What kind of record it is; with the id it names the record (letter → /api/letters/{id}, ...).</param>
/// <param name="Id">The record's id.</param>
/// <param name="Title">The letter's subject, the incident's title, the organisation's or recipient's name (with the acronym in brackets), the source's title (or its attribution when it has none).</param>
/// <param name="Snippet">
/// Plain text, not HTML: an excerpt of up to 20 words from the body or the title, whichever matches
/// best, on one line (line breaks become " · "). Each matched word is wrapped in double asterisks,
/// as in "Mine explosions in **Agdam**". Text around the excerpt is left out without a mark.
/// </param>
public sealed record SearchResult(
    SearchType Type,
    Guid Id,
    [property: MaxLength(SearchResult.MaxTitleLength)] string Title,
    [property: MaxLength(SearchResult.MaxSnippetLength)] string Snippet)
{
    /// <summary>Above the longest title a record can have: a source's attribution, outlet and author, is the longest.</summary>
    public const int MaxTitleLength = 1000;

    /// <summary>An excerpt longer than this is cut, with an ellipsis.</summary>
    public const int MaxSnippetLength = 1000;

    /// <summary>Shown in Swagger.</summary>
    public static SearchResult Example { get; } = new(
        SearchType.Incident, Examples.Incident, "Mine explosions in the Aghdam district",
        "Aghdam · **Agdam** · Azerbaijan · Mine explosions in the Aghdam district of Azerbaijan on 6–7 April 2025");
}
