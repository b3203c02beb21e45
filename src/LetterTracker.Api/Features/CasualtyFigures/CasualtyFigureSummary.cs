using System.Linq.Expressions;
using LetterTracker.Api.Common;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.CasualtyFigures;

/// <summary>A casualty figure as a list shows it: the full record (GET /api/casualty-figures/{id}) with a count in place of its letters, and without its citations.</summary>
/// <param name="Id">UUIDv7.</param>
/// <param name="Description">What is counted.</param>
/// <param name="Measure">killed, injured, or killedOrInjured when a source does not separate them.</param>
/// <param name="Value">The number.</param>
/// <param name="PeriodFrom">Start of the counted period as an ISO 8601 date at the precision the source gives ("2020-11").</param>
/// <param name="AsOf">The day the number is stated for.</param>
/// <param name="ReportedBy">Who the source says reported the figure, when it says.</param>
/// <param name="LetterCount">How many letters quote it.</param>
/// <param name="CreatedAt">When the record was created.</param>
/// <param name="UpdatedAt">When the record was last changed.</param>
/// <param name="Version">Concurrency version; also the ETag.</param>
public sealed record CasualtyFigureSummary(
    Guid Id,
    string Description,
    CasualtyMeasure Measure,
    int Value,
    string? PeriodFrom,
    DateOnly? AsOf,
    string? ReportedBy,
    int LetterCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version) : IResource
{
    /// <summary>Shown in Swagger: "since November 2020" names a month, not a day.</summary>
    public static CasualtyFigureSummary Example { get; } = new(
        Examples.CasualtyFigure, "Azerbaijanis killed or injured in mine explosions since the end of the Second Garabagh War in November 2020",
        CasualtyMeasure.KilledOrInjured, 393, "2020-11", new DateOnly(2025, 4, 14), null, 1, Examples.Created, Examples.Created, 1);

    public static readonly Expression<Func<CasualtyFigure, CasualtyFigureSummary>> Projection = f => new CasualtyFigureSummary(
        f.Id, f.Description, f.Measure, f.Value, f.PeriodFrom, f.AsOf, f.ReportedBy, f.Letters.Count, f.CreatedAt, f.UpdatedAt, f.Version);
}
