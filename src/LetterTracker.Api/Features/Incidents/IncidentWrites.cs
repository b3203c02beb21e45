using System.Linq.Expressions;
using LetterTracker.Api.Common.Writes;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Incidents;

public sealed class IncidentWrites : WriteModel<Incident, IncidentRequest, IncidentResponse>
{
    public static readonly IncidentWrites Model = new();

    public override string Noun => "incident";
    public override string Path => "/api/incidents";

    public override Expression<Func<Incident, IncidentResponse>> Projection(HttpContext http) => IncidentResponse.Projection;

    public override Incident Create(IncidentRequest request) => new()
    {
        Title = request.Title,
        Country = request.Country,
        District = request.District,
        Description = request.Description,
    };

    public override Task Apply(IncidentRequest request, Incident incident, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        incident.Title = request.Title;
        incident.Kind = request.Kind!.Value;
        incident.Country = request.Country;
        incident.District = request.District;
        incident.DistrictAliases = [.. request.DistrictAliases];
        incident.Place = request.Place;
        incident.OccurredFrom = request.OccurredFrom!.Value;
        incident.OccurredTo = request.OccurredTo!.Value;
        // Null stays null: an unknown count is never stored as 0.
        incident.Killed = request.Killed;
        incident.Injured = request.Injured;
        incident.Civilian = request.Civilian;
        incident.Description = request.Description;
        return Task.CompletedTask;
    }

    public override IncidentRequest ToRequest(Incident incident) => new()
    {
        Title = incident.Title,
        Kind = incident.Kind,
        Country = incident.Country,
        District = incident.District,
        DistrictAliases = [.. incident.DistrictAliases],
        Place = incident.Place,
        OccurredFrom = incident.OccurredFrom,
        OccurredTo = incident.OccurredTo,
        Killed = incident.Killed,
        Injured = incident.Injured,
        Civilian = incident.Civilian,
        Description = incident.Description,
    };

    public override async Task<List<Reference>> FindReferences(LetterTrackerDbContext db, Guid id, CancellationToken cancellationToken) =>
    [
        .. await db.Letters.Where(l => l.Incidents.Any(i => i.Id == id))
            .Select(l => new Reference("letter", l.Id, l.Subject)).ToListAsync(cancellationToken),
        .. await db.Citations.Where(c => c.IncidentId == id)
            .Select(c => new Reference("citation", c.Id, c.Quote)).ToListAsync(cancellationToken),
    ];
}
