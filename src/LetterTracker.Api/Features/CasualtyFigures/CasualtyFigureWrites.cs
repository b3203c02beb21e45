using System.Linq.Expressions;
using LetterTracker.Api.Common.Writes;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.CasualtyFigures;

public sealed class CasualtyFigureWrites : WriteModel<CasualtyFigure, CasualtyFigureRequest, CasualtyFigureResponse>
{
    public static readonly CasualtyFigureWrites Model = new();

    public override string Noun => "casualty figure";
    public override string Path => "/api/casualty-figures";

    public override Expression<Func<CasualtyFigure, CasualtyFigureResponse>> Projection(HttpContext http) => CasualtyFigureResponse.Projection;

    public override CasualtyFigure Create(CasualtyFigureRequest request) => new() { Description = request.Description };

    public override Task Apply(CasualtyFigureRequest request, CasualtyFigure figure, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        figure.Description = request.Description;
        figure.Measure = request.Measure!.Value;
        figure.Value = request.Value!.Value;
        figure.PeriodFrom = request.PeriodFrom;
        figure.AsOf = request.AsOf;
        figure.ReportedBy = request.ReportedBy;
        return Task.CompletedTask;
    }

    public override CasualtyFigureRequest ToRequest(CasualtyFigure figure) => new()
    {
        Description = figure.Description,
        Measure = figure.Measure,
        Value = figure.Value,
        PeriodFrom = figure.PeriodFrom,
        AsOf = figure.AsOf,
        ReportedBy = figure.ReportedBy,
    };

    public override async Task<List<Reference>> FindReferences(LetterTrackerDbContext db, Guid id, CancellationToken cancellationToken) =>
    [
        .. await db.Letters.Where(l => l.CasualtyFigures.Any(f => f.Id == id))
            .Select(l => new Reference("letter", l.Id, l.Subject)).ToListAsync(cancellationToken),
        .. await db.Citations.Where(c => c.CasualtyFigureId == id)
            .Select(c => new Reference("citation", c.Id, c.Quote)).ToListAsync(cancellationToken),
    ];
}
