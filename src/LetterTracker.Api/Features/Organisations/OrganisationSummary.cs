using System.Linq.Expressions;
using LetterTracker.Api.Common;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Organisations;

/// <summary>An organisation as a list shows it: the full record (GET /api/organisations/{id}) without its citations.</summary>
/// <param name="Id">UUIDv7.</param>
/// <param name="Name">The name as sources print it.</param>
/// <param name="Aliases">Other names or spellings.</param>
/// <param name="Kind">What kind of body it is.</param>
/// <param name="City">City, when a source names it.</param>
/// <param name="Country">Country, when a source names it.</param>
/// <param name="Website">Web site.</param>
/// <param name="Email">Contact address.</param>
/// <param name="SignedLetterCount">How many letters it signed (list them with /api/letters).</param>
/// <param name="CreatedAt">When the record was created.</param>
/// <param name="UpdatedAt">When the record was last changed.</param>
/// <param name="Version">Concurrency version; also the ETag.</param>
public sealed record OrganisationSummary(
    Guid Id,
    string Name,
    IReadOnlyList<string> Aliases,
    OrganisationKind Kind,
    string? City,
    string? Country,
    string? Website,
    string? Email,
    int SignedLetterCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version) : IResource
{
    /// <summary>Shown in Swagger.</summary>
    public static OrganisationSummary Example { get; } = new(
        Examples.Organisation, "Prague Azerbaijani Culture House", [], OrganisationKind.DiasporaOrganisation, null, null, null, null, 1,
        Examples.Created, Examples.Created, 1);

    public static readonly Expression<Func<Organisation, OrganisationSummary>> Projection = o => new OrganisationSummary(
        o.Id, o.Name, o.Aliases, o.Kind, o.City, o.Country, o.Website, o.Email, o.SignedLetters.Count, o.CreatedAt, o.UpdatedAt, o.Version);
}
