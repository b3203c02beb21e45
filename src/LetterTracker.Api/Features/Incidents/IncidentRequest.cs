using System.ComponentModel.DataAnnotations;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Incidents;

/// <summary>An incident as a POST or PUT sends it (PATCH sends any part of it).</summary>
public sealed record IncidentRequest
{
    /// <summary>A short title.</summary>
    public string Title { get; init; } = "";

    /// <summary>landmineExplosion or other.</summary>
    [Required]
    public IncidentKind? Kind { get; init; }

    /// <summary>Country where it happened.</summary>
    public string Country { get; init; } = "";

    /// <summary>District where it happened, as the sources spell it.</summary>
    public string District { get; init; } = "";

    /// <summary>Other spellings of the district found in sources (send [] for none).</summary>
    public List<string> DistrictAliases { get; init; } = [];

    /// <summary>A more precise place, when a source names one.</summary>
    public string? Place { get; init; }

    /// <summary>First day of the date range the sources give (ISO 8601, such as 2025-04-06); not in the future.</summary>
    [Required]
    public DateOnly? OccurredFrom { get; init; }

    /// <summary>Last day of that range, not before occurredFrom; the same day for a single-day incident.</summary>
    [Required]
    public DateOnly? OccurredTo { get; init; }

    /// <summary>People killed, 0 or more; null when no source gives a number (null is unknown, never 0).</summary>
    [Range(0, int.MaxValue)]
    public int? Killed { get; init; }

    /// <summary>People injured, 0 or more; null when no source gives a number.</summary>
    [Range(0, int.MaxValue)]
    public int? Injured { get; init; }

    /// <summary>Whether the victims were civilians; null when no source says.</summary>
    public bool? Civilian { get; init; }

    /// <summary>What happened, as the sources describe it.</summary>
    public string Description { get; init; } = "";

    /// <summary>Shown in Swagger: the Aghdam explosions both reports name, with the casualty numbers neither gives left null.</summary>
    public static IncidentRequest Example { get; } = new()
    {
        Title = "Mine explosions in the Aghdam district",
        Kind = IncidentKind.LandmineExplosion,
        Country = "Azerbaijan",
        District = "Aghdam",
        DistrictAliases = ["Agdam"],
        OccurredFrom = new DateOnly(2025, 4, 6),
        OccurredTo = new DateOnly(2025, 4, 7),
        Killed = null,
        Injured = null,
        Description = "Mine explosions in the Aghdam district of Azerbaijan on 6–7 April 2025, which the diaspora's protest letters followed. Neither report gives casualty numbers.",
    };
}
