using System.ComponentModel.DataAnnotations;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Citations;

/// <summary>A citation as a POST or PUT sends it (PATCH sends any part of it).</summary>
public sealed record CitationRequest
{
    /// <summary>The id of the source quoted.</summary>
    [Required]
    public Guid? SourceId { get; init; }

    /// <summary>Text that occurs verbatim in the source's fullText: same case, same punctuation (a curly ’ is not a straight ').</summary>
    public string Quote { get; init; } = "";

    /// <summary>The camelCase field of the record the quote backs ("occurredFrom"); null when it backs the record as a whole.</summary>
    public string? Field { get; init; }

    /// <summary>The kind of record the citation backs: incident, casualtyFigure, organisation, recipient, letter or dispatch.</summary>
    [Required]
    public CitedRecordType? RecordType { get; init; }

    /// <summary>The id of the record the citation backs; it must be a record of recordType.</summary>
    [Required]
    public Guid? RecordId { get; init; }

    /// <summary>Shown in Swagger: Caliber.Az naming UNMAS, and its acronym, among the letters' addressees (the ids are placeholders).</summary>
    public static CitationRequest Example { get; } = new()
    {
        SourceId = Guid.Parse("01963a6e-2c40-7a4e-9f3b-5d2a8c1e0b41"),
        Quote = "the UN Mine Action Service (UNMAS)",
        Field = "acronym",
        RecordType = CitedRecordType.Recipient,
        RecordId = Guid.Parse("01963a6e-2c41-7b1d-8e6f-0a9c3d5b7e12"),
    };
}
