using System.Linq.Expressions;
using LetterTracker.Api.Common;
using LetterTracker.Api.Features.Sources;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Citations;

/// <summary>Evidence: a verbatim quote from a source that backs one record.</summary>
/// <param name="Id">UUIDv7.</param>
/// <param name="SourceId">The source quoted.</param>
/// <param name="Source">Enough of the source to show it.</param>
/// <param name="Quote">Text that occurs verbatim in the source's fullText.</param>
/// <param name="Field">The camelCase field of the record the quote backs; null for the record as a whole.</param>
/// <param name="RecordType">The kind of record the citation backs.</param>
/// <param name="RecordId">The id of the record the citation backs.</param>
/// <param name="CreatedAt">When the record was created.</param>
/// <param name="UpdatedAt">When the record was last changed.</param>
/// <param name="Version">Concurrency version; also the ETag.</param>
public sealed record CitationResponse(
    Guid Id,
    Guid SourceId,
    SourceRef Source,
    string Quote,
    string? Field,
    CitedRecordType RecordType,
    Guid RecordId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version) : IResource
{
    // Exactly one record key is set (a check constraint guarantees it); the first one found names the record.
    /// <summary>Shown in Swagger.</summary>
    public static CitationResponse Example { get; } = new(
        Examples.Citation, Examples.Source, new SourceRef(Examples.Source, null, "Azernews reports, citing the State Committee for Work with Diaspora"),
        "the UN Mine Action Service (UNMAS)", "acronym", CitedRecordType.Recipient, Examples.Recipient, Examples.Created, Examples.Created, 1);

    public static readonly Expression<Func<Citation, CitationResponse>> Projection = c => new CitationResponse(
        c.Id,
        c.SourceId,
        new SourceRef(c.Source.Id, c.Source.Title, c.Source.Attribution),
        c.Quote,
        c.Field,
        c.IncidentId != null ? CitedRecordType.Incident
            : c.CasualtyFigureId != null ? CitedRecordType.CasualtyFigure
            : c.OrganisationId != null ? CitedRecordType.Organisation
            : c.RecipientId != null ? CitedRecordType.Recipient
            : c.LetterId != null ? CitedRecordType.Letter
            : CitedRecordType.Dispatch,
        c.IncidentId ?? c.CasualtyFigureId ?? c.OrganisationId ?? c.RecipientId ?? c.LetterId ?? c.DispatchId ?? Guid.Empty,
        c.CreatedAt,
        c.UpdatedAt,
        c.Version);
}
