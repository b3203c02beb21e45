using System.ComponentModel.DataAnnotations;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.CasualtyFigures;

/// <summary>A casualty figure as a POST or PUT sends it (PATCH sends any part of it).</summary>
public sealed record CasualtyFigureRequest
{
    /// <summary>What is counted, in the words of the source.</summary>
    public string Description { get; init; } = "";

    /// <summary>killed, injured, or killedOrInjured when the source does not separate them.</summary>
    [Required]
    public CasualtyMeasure? Measure { get; init; }

    /// <summary>The number, 0 or more.</summary>
    [Required]
    [Range(0, int.MaxValue)]
    public int? Value { get; init; }

    /// <summary>Start of the counted period: an ISO 8601 date at the precision the source gives ("2020", "2020-11" or "2020-11-10"); null when it names none.</summary>
    [RegularExpression(PartialDate.Pattern), MaxLength(10)]
    public string? PeriodFrom { get; init; }

    /// <summary>The day the number is stated for (ISO 8601, such as 2025-04-14); not in the future.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Who the source says reported the figure, when it says.</summary>
    public string? ReportedBy { get; init; }

    /// <summary>Shown in Swagger: the figure the Azernews report quotes, "since November 2020" kept at month precision.</summary>
    public static CasualtyFigureRequest Example { get; } = new()
    {
        Description = "Azerbaijanis killed or injured in mine explosions since the end of the Second Garabagh War in November 2020",
        Measure = CasualtyMeasure.KilledOrInjured,
        Value = 393,
        PeriodFrom = "2020-11",
        AsOf = new DateOnly(2025, 4, 14),
    };
}
