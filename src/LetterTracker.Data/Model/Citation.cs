namespace LetterTracker.Data.Model;

/// <summary>
/// Evidence: a verbatim quote from a <see cref="Source"/> that backs one record. Exactly one of the
/// record foreign keys is set (a check constraint holds the database to that), so every citation
/// points at a real row and a cited record cannot be deleted from under its evidence.
/// </summary>
public sealed class Citation : Entity
{
    public Guid SourceId { get; set; }
    public Source Source { get; set; } = null!;

    /// <summary>Must occur verbatim in the source's full text.</summary>
    public required string Quote { get; set; }

    /// <summary>The camelCase field of the record the quote backs (e.g. "occurredFrom"); null for the record as a whole.</summary>
    public string? Field { get; set; }

    public Guid? IncidentId { get; set; }
    public Incident? Incident { get; set; }
    public Guid? CasualtyFigureId { get; set; }
    public CasualtyFigure? CasualtyFigure { get; set; }
    public Guid? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public Guid? RecipientId { get; set; }
    public Recipient? Recipient { get; set; }
    public Guid? LetterId { get; set; }
    public Letter? Letter { get; set; }
    public Guid? DispatchId { get; set; }
    public Dispatch? Dispatch { get; set; }
}

/// <summary>The kinds of record a citation can back.</summary>
public enum CitedRecordType
{
    Incident,
    CasualtyFigure,
    Organisation,
    Recipient,
    Letter,
    Dispatch,
}
