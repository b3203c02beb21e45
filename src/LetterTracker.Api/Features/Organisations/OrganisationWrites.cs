using System.Linq.Expressions;
using LetterTracker.Api.Common.Writes;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Organisations;

public sealed class OrganisationWrites : WriteModel<Organisation, OrganisationRequest, OrganisationResponse>
{
    public static readonly OrganisationWrites Model = new();

    public override string Noun => "organisation";
    public override string Path => "/api/organisations";

    public override Expression<Func<Organisation, OrganisationResponse>> Projection(HttpContext http) => OrganisationResponse.Projection;

    public override Organisation Create(OrganisationRequest request) => new() { Name = request.Name };

    public override Task Apply(OrganisationRequest request, Organisation organisation, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        organisation.Name = request.Name;
        organisation.Aliases = [.. request.Aliases];
        organisation.Kind = request.Kind!.Value;
        organisation.City = request.City;
        organisation.Country = request.Country;
        organisation.Website = request.Website;
        organisation.Email = request.Email;
        return Task.CompletedTask;
    }

    public override OrganisationRequest ToRequest(Organisation organisation) => new()
    {
        Name = organisation.Name,
        Aliases = [.. organisation.Aliases],
        Kind = organisation.Kind,
        City = organisation.City,
        Country = organisation.Country,
        Website = organisation.Website,
        Email = organisation.Email,
    };

    public override async Task<List<Reference>> FindReferences(LetterTrackerDbContext db, Guid id, CancellationToken cancellationToken) =>
    [
        .. await db.Letters.Where(l => l.Signatories.Any(o => o.Id == id))
            .Select(l => new Reference("letter", l.Id, l.Subject)).ToListAsync(cancellationToken),
        .. await db.Citations.Where(c => c.OrganisationId == id)
            .Select(c => new Reference("citation", c.Id, c.Quote)).ToListAsync(cancellationToken),
    ];
}
