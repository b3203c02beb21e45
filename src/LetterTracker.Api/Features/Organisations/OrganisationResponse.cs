using System.Linq.Expressions;
using LetterTracker.Api.Common;
using LetterTracker.Api.Features.Citations;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Organisations;

/// <summary>A sender of letters: a diaspora organisation, a government body or another body.</summary>
/// <param name="Id">UUIDv7.</param>
/// <param name="Name">The name as sources print it.</param>
/// <param name="Aliases">Other names or spellings.</param>
/// <param name="Kind">What kind of body it is.</param>
/// <param name="City">City, when a source names it.</param>
/// <param name="Country">Country, when a source names it.</param>
/// <param name="Website">Web site.</param>
/// <param name="Email">Contact address.</param>
/// <param name="SignedLetterCount">How many letters it signed (list them with /api/letters).</param>
/// <param name="Citations">Quotes backing this record.</param>
/// <param name="CreatedAt">When the record was created.</param>
/// <param name="UpdatedAt">When the record was last changed.</param>
/// <param name="Version">Concurrency version; also the ETag.</param>
public sealed record OrganisationResponse(
    Guid Id,
    string Name,
    IReadOnlyList<string> Aliases,
    OrganisationKind Kind,
    string? City,
    string? Country,
    string? Website,
    string? Email,
    int SignedLetterCount,
    IReadOnlyList<CitationRef> Citations,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version) : IResource
{
    /// <summary>Shown in Swagger.</summary>
    public static OrganisationResponse Example { get; } = new(
        Examples.Organisation, "Prague Azerbaijani Culture House", [], OrganisationKind.DiasporaOrganisation, null, null, null, null, 1,
        [new CitationRef(Examples.Citation, Examples.Source, "“Prague Azerbaijani Culture House,”", null)], Examples.Created, Examples.Created, 1);

    public static readonly Expression<Func<Organisation, OrganisationResponse>> Projection = o => new OrganisationResponse(
        o.Id, o.Name, o.Aliases, o.Kind, o.City, o.Country, o.Website, o.Email,
        o.SignedLetters.Count,
        o.Citations.AsQueryable().OrderBy(c => c.Id).Select(CitationRef.Projection).ToList(),
        o.CreatedAt, o.UpdatedAt, o.Version);
}
