using System.Linq.Expressions;
using LetterTracker.Api.Common;
using LetterTracker.Api.Features.Citations;
using LetterTracker.Api.Features.Letters;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.CasualtyFigures;

/// <summary>An aggregate statistic quoted in advocacy.</summary>
/// <param name="Id">UUIDv7.</param>
/// <param name="Description">What is counted.</param>
/// <param name="Measure">killed, injured, or killedOrInjured when a source does not separate them.</param>
/// <param name="Value">The number.</param>
/// <param name="PeriodFrom">Start of the counted period as an ISO 8601 date at the precision the source gives ("2020-11").</param>
/// <param name="AsOf">The day the number is stated for.</param>
/// <param name="ReportedBy">Who the source says reported the figure, when it says.</param>
/// <param name="Letters">Letters that quote the figure.</param>
/// <param name="Citations">Quotes backing this record.</param>
/// <param name="CreatedAt">When the record was created.</param>
/// <param name="UpdatedAt">When the record was last changed.</param>
/// <param name="Version">Concurrency version; also the ETag.</param>
public sealed record CasualtyFigureResponse(
    Guid Id,
    string Description,
    CasualtyMeasure Measure,
    int Value,
    string? PeriodFrom,
    DateOnly? AsOf,
    string? ReportedBy,
    IReadOnlyList<LetterRef> Letters,
    IReadOnlyList<CitationRef> Citations,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version) : IResource
{
    /// <summary>Shown in Swagger: "since November 2020" names a month, not a day.</summary>
    public static CasualtyFigureResponse Example { get; } = new(
        Examples.CasualtyFigure, "Azerbaijanis killed or injured in mine explosions since the end of the Second Garabagh War in November 2020",
        CasualtyMeasure.KilledOrInjured, 393, "2020-11", new DateOnly(2025, 4, 14), null,
        [new LetterRef(Examples.Letter, "Protest letters after the mine explosions in Aghdam and Jabrayil on 6–7 April 2025")],
        [new CitationRef(Examples.Citation, Examples.Source, "393 Azerbaijanis have been killed or injured due to mine explosions", null)],
        Examples.Created, Examples.Created, 1);

    /// <summary>How many letters are listed in letters (as on the list).</summary>
    public int LetterCount => Letters.Count;

    public static readonly Expression<Func<CasualtyFigure, CasualtyFigureResponse>> Projection = f => new CasualtyFigureResponse(
        f.Id, f.Description, f.Measure, f.Value, f.PeriodFrom, f.AsOf, f.ReportedBy,
        f.Letters.OrderBy(l => l.Id).Select(l => new LetterRef(l.Id, l.Subject)).ToList(),
        f.Citations.AsQueryable().OrderBy(c => c.Id).Select(CitationRef.Projection).ToList(),
        f.CreatedAt, f.UpdatedAt, f.Version);
}
