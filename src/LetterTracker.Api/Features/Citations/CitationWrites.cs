using System.Linq.Expressions;
using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Writes;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Citations;

public sealed class CitationWrites : WriteModel<Citation, CitationRequest, CitationResponse>
{
    public static readonly CitationWrites Model = new();

    public override string Noun => "citation";
    public override string Path => "/api/citations";

    public override Expression<Func<Citation, CitationResponse>> Projection(HttpContext http) => CitationResponse.Projection;

    public override Citation Create(CitationRequest request) => new() { Quote = request.Quote };

    public override async Task Apply(CitationRequest request, Citation citation, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        // The source's version moves with its citations: its citationCount changes, and an edit of
        // its text racing this write now fails the version check instead of slipping past the
        // verbatim check (the validator read the text before either was saved).
        var source = await db.Sources.LoadAsync(request.SourceId!.Value, "sourceId", "source", cancellationToken);
        db.TouchVersion(source);
        if (citation.SourceId != Guid.Empty && citation.SourceId != source.Id)
        {
            await TouchSourceAsync(citation.SourceId, db, cancellationToken); // the source it leaves loses a citation
        }

        citation.Source = source;
        citation.Quote = request.Quote;
        citation.Field = request.Field;

        // Exactly one record key is set (the database's check constraint insists); the others are cleared.
        var type = request.RecordType!.Value;
        var id = request.RecordId!.Value;
        citation.IncidentId = type == CitedRecordType.Incident ? id : null;
        citation.CasualtyFigureId = type == CitedRecordType.CasualtyFigure ? id : null;
        citation.OrganisationId = type == CitedRecordType.Organisation ? id : null;
        citation.RecipientId = type == CitedRecordType.Recipient ? id : null;
        citation.LetterId = type == CitedRecordType.Letter ? id : null;
        citation.DispatchId = type == CitedRecordType.Dispatch ? id : null;
    }

    public override CitationRequest ToRequest(Citation citation)
    {
        var (type, id) =
            citation.IncidentId is { } incident ? (CitedRecordType.Incident, incident)
            : citation.CasualtyFigureId is { } figure ? (CitedRecordType.CasualtyFigure, figure)
            : citation.OrganisationId is { } organisation ? (CitedRecordType.Organisation, organisation)
            : citation.RecipientId is { } recipient ? (CitedRecordType.Recipient, recipient)
            : citation.LetterId is { } letter ? (CitedRecordType.Letter, letter)
            : (CitedRecordType.Dispatch, citation.DispatchId!.Value);
        return new()
        {
            SourceId = citation.SourceId,
            Quote = citation.Quote,
            Field = citation.Field,
            RecordType = type,
            RecordId = id,
        };
    }

    /// <summary>Its source's citationCount drops, so the source's version moves too.</summary>
    public override Task BeforeDelete(Citation citation, LetterTrackerDbContext db, CancellationToken cancellationToken) =>
        TouchSourceAsync(citation.SourceId, db, cancellationToken);

    private static async Task TouchSourceAsync(Guid sourceId, LetterTrackerDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Sources.FirstOrDefaultAsync(s => s.Id == sourceId, cancellationToken) is { } source)
        {
            db.TouchVersion(source);
        }
    }

    /// <summary>Nothing refers to a citation: it can always be deleted.</summary>
    public override Task<List<Reference>> FindReferences(LetterTrackerDbContext db, Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(new List<Reference>());
}
