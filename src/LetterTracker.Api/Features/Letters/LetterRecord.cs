using LetterTracker.Api.Common;
using LetterTracker.Api.Features.CasualtyFigures;
using LetterTracker.Api.Features.Citations;
using LetterTracker.Api.Features.Dispatches;
using LetterTracker.Api.Features.Incidents;
using LetterTracker.Api.Features.Organisations;
using LetterTracker.Api.Features.Recipients;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Letters;

/// <summary>
/// A whole letter in two statements, both compiled once: its own columns, then every row it shows
/// (signatories, incidents, figures, dispatches, citations) in one UNION ALL, each kind in id order.
/// A projection with five lists costs a statement per list (EF's split query, each repeating the
/// letter's lookup), or, as one joined query, SQLite materialising the join tables.
/// </summary>
public static class LetterRecord
{
    /// <summary>The letter as GET /api/letters/{id} shows it, its ETag set; a 404 problem when there is none.</summary>
    public static async Task<LetterResponse> ReadAsync(
        LetterTrackerDbContext db, Guid id, DateOnly today, HttpResponse response, CancellationToken cancellationToken)
    {
        var letter = await FindLetter.For(db)(db, id, cancellationToken) ?? throw ProblemException.NotFound("letter", id);
        List<OrganisationRef> signatories = [];
        List<IncidentRef> incidents = [];
        List<CasualtyFigureRef> figures = [];
        List<LetterDispatch> dispatches = [];
        List<CitationRef> citations = [];
        await foreach (var part in FindParts.For(db)(db, id, today).WithCancellation(cancellationToken))
        {
            switch (part.Kind)
            {
                case PartKind.Signatory:
                    signatories.Add(new(part.Id, part.Text!));
                    break;
                case PartKind.Incident:
                    incidents.Add(new(part.Id, part.Text!, part.Detail!, part.From!.Value, part.To!.Value));
                    break;
                case PartKind.CasualtyFigure:
                    figures.Add(new(part.Id, part.Text!, Enum.Parse<CasualtyMeasure>(part.Detail!), part.Value!.Value));
                    break;
                case PartKind.Dispatch:
                    dispatches.Add(new(part.Id, part.OtherId!.Value, new RecipientRef(part.OtherId.Value, part.Text!, part.Detail),
                        part.Status!.Value, part.At, part.From, part.Overdue));
                    break;
                case PartKind.Citation:
                    citations.Add(new(part.Id, part.OtherId!.Value, part.Text!, part.Detail));
                    break;
            }
        }

        var found = new LetterResponse(
            letter.Id, letter.Subject, letter.Summary, letter.Body, letter.Language, letter.Demands,
            letter.SentOn, letter.SentFrom, letter.SentTo, letter.Status,
            signatories, incidents, figures, dispatches, citations, letter.CreatedAt, letter.UpdatedAt, letter.Version);
        response.SetETag(found);
        return found;
    }

    /// <summary>The letter's own columns.</summary>
    private sealed record Own(
        Guid Id, string Subject, string? Summary, string? Body, string? Language, List<string> Demands,
        DateOnly? SentOn, DateOnly? SentFrom, DateOnly? SentTo, LetterStatus Status,
        DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version);

    /// <summary>What a related row is; also the order the kinds come in.</summary>
    private enum PartKind { Signatory, Incident, CasualtyFigure, Dispatch, Citation }

    /// <summary>
    /// One related row, in the columns all kinds share: Text is the name, title, description or quote;
    /// Detail the district, acronym, figure's measure or cited field; OtherId the recipient or source; From and To the
    /// incident's days or a dispatch's due day; At when a dispatch was sent.
    /// </summary>
    /// <remarks>Set with an initializer naming every member in the same order in each branch: EF Core translates a
    /// set operation over such projections, not over constructor calls.</remarks>
    private sealed class Part
    {
        public PartKind Kind { get; init; }
        public Guid Id { get; init; }
        public Guid? OtherId { get; init; }
        public string? Text { get; init; }
        public string? Detail { get; init; }
        public DispatchStatus? Status { get; init; }
        public int? Value { get; init; }
        public DateOnly? From { get; init; }
        public DateOnly? To { get; init; }
        public DateTimeOffset? At { get; init; }
        public bool Overdue { get; init; }
    }

    private static readonly CompiledPerModel<Func<LetterTrackerDbContext, Guid, CancellationToken, Task<Own?>>> FindLetter = new(() =>
        EF.CompileAsyncQuery((LetterTrackerDbContext db, Guid id, CancellationToken _) => db.Letters.AsNoTracking()
            .Where(l => l.Id == id)
            .Select(l => new Own(l.Id, l.Subject, l.Summary, l.Body, l.Language, l.Demands, l.SentOn, l.SentFrom, l.SentTo,
                l.Status, l.CreatedAt, l.UpdatedAt, l.Version))
            .FirstOrDefault()));

    // The dispatches come first: a set operation takes each column's type mapping from its first
    // query, and theirs carry the value converters (status as text, sentAt as ticks) that a null
    // constant in another query would not.
    private static readonly CompiledPerModel<Func<LetterTrackerDbContext, Guid, DateOnly, IAsyncEnumerable<Part>>> FindParts = new(() =>
        EF.CompileAsyncQuery(Overdue.Inline<Func<LetterTrackerDbContext, Guid, DateOnly, IQueryable<Part>>>((db, id, today) =>
            db.Dispatches.AsNoTracking().Where(d => d.LetterId == id).Select(d => new Part
            {
                Kind = PartKind.Dispatch, Id = d.Id, OtherId = d.RecipientId, Text = d.Recipient.Name, Detail = d.Recipient.Acronym,
                Status = d.Status, Value = null, From = d.DueOn, To = null, At = d.SentAt, Overdue = Overdue.Of(d, today),
            })
            .Concat(db.Letters.AsNoTracking().Where(l => l.Id == id).SelectMany(l => l.Signatories).Select(o => new Part
            {
                Kind = PartKind.Signatory, Id = o.Id, OtherId = null, Text = o.Name, Detail = null,
                Status = null, Value = null, From = null, To = null, At = null, Overdue = false,
            }))
            .Concat(db.Letters.AsNoTracking().Where(l => l.Id == id).SelectMany(l => l.Incidents).Select(i => new Part
            {
                Kind = PartKind.Incident, Id = i.Id, OtherId = null, Text = i.Title, Detail = i.District,
                Status = null, Value = null, From = i.OccurredFrom, To = i.OccurredTo, At = null, Overdue = false,
            }))
            .Concat(db.Letters.AsNoTracking().Where(l => l.Id == id).SelectMany(l => l.CasualtyFigures).Select(f => new Part
            {
                Kind = PartKind.CasualtyFigure, Id = f.Id, OtherId = null, Text = f.Description, Detail = f.Measure.ToString(),
                Status = null, Value = f.Value, From = null, To = null, At = null, Overdue = false,
            }))
            .Concat(db.Citations.AsNoTracking().Where(c => c.LetterId == id).Select(c => new Part
            {
                Kind = PartKind.Citation, Id = c.Id, OtherId = c.SourceId, Text = c.Quote, Detail = c.Field,
                Status = null, Value = null, From = null, To = null, At = null, Overdue = false,
            }))
            .OrderBy(p => p.Kind).ThenBy(p => p.Id))));
}
