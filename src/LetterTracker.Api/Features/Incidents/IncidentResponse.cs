using System.Linq.Expressions;
using LetterTracker.Api.Common;
using LetterTracker.Api.Features.Citations;
using LetterTracker.Api.Features.Letters;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Incidents;

/// <summary>An event letters are about.</summary>
/// <param name="Id">UUIDv7.</param>
/// <param name="Title">A short title.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Country">Country where it happened.</param>
/// <param name="District">District where it happened.</param>
/// <param name="DistrictAliases">Other spellings of the district found in sources.</param>
/// <param name="Place">A more precise place, when a source names one.</param>
/// <param name="OccurredFrom">First day of the date range the sources give.</param>
/// <param name="OccurredTo">Last day of that range; equal to occurredFrom for a single day.</param>
/// <param name="Killed">People killed; null when no source gives a number (never 0 for unknown).</param>
/// <param name="Injured">People injured; null when no source gives a number.</param>
/// <param name="Civilian">Whether the victims were civilians; null when no source says.</param>
/// <param name="Description">What happened, as the sources describe it.</param>
/// <param name="Letters">Letters about this incident.</param>
/// <param name="Citations">Quotes backing this record.</param>
/// <param name="CreatedAt">When the record was created.</param>
/// <param name="UpdatedAt">When the record was last changed.</param>
/// <param name="Version">Concurrency version; also the ETag.</param>
public sealed record IncidentResponse(
    Guid Id,
    string Title,
    IncidentKind Kind,
    string Country,
    string District,
    IReadOnlyList<string> DistrictAliases,
    string? Place,
    DateOnly OccurredFrom,
    DateOnly OccurredTo,
    int? Killed,
    int? Injured,
    bool? Civilian,
    string Description,
    IReadOnlyList<LetterRef> Letters,
    IReadOnlyList<CitationRef> Citations,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version) : IResource
{
    /// <summary>Shown in Swagger: casualty counts are null because no source gives them.</summary>
    public static IncidentResponse Example { get; } = new(
        Examples.Incident, "Mine explosions in the Aghdam district", IncidentKind.LandmineExplosion, "Azerbaijan", "Aghdam", ["Agdam"], null,
        new DateOnly(2025, 4, 6), new DateOnly(2025, 4, 7), null, null, null,
        "Mine explosions in the Aghdam district of Azerbaijan on 6–7 April 2025; neither report gives casualty numbers.",
        [new LetterRef(Examples.Letter, "Protest letters after the mine explosions in Aghdam and Jabrayil on 6–7 April 2025")],
        [new CitationRef(Examples.Citation, Examples.Source, "deadly mine explosions in Azerbaijan’s Agdam and Jabrayil regions on April 6–7", null)],
        Examples.Created, Examples.Created, 1);

    /// <summary>How many letters are listed in letters (as on the list).</summary>
    public int LetterCount => Letters.Count;

    public static readonly Expression<Func<Incident, IncidentResponse>> Projection = i => new IncidentResponse(
        i.Id, i.Title, i.Kind, i.Country, i.District, i.DistrictAliases, i.Place, i.OccurredFrom, i.OccurredTo,
        i.Killed, i.Injured, i.Civilian, i.Description,
        i.Letters.OrderBy(l => l.Id).Select(l => new LetterRef(l.Id, l.Subject)).ToList(),
        i.Citations.AsQueryable().OrderBy(c => c.Id).Select(CitationRef.Projection).ToList(),
        i.CreatedAt, i.UpdatedAt, i.Version);
}
