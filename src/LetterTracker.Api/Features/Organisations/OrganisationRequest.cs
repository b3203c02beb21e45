using System.ComponentModel.DataAnnotations;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Organisations;

/// <summary>An organisation as a POST or PUT sends it (PATCH sends any part of it).</summary>
public sealed record OrganisationRequest
{
    /// <summary>The name as sources print it.</summary>
    public string Name { get; init; } = "";

    /// <summary>Other names or spellings.</summary>
    public List<string> Aliases { get; init; } = [];

    /// <summary>diasporaOrganisation, governmentBody or other.</summary>
    [Required]
    public OrganisationKind? Kind { get; init; }

    /// <summary>City, when a source names it.</summary>
    public string? City { get; init; }

    /// <summary>Country, when a source names it.</summary>
    public string? Country { get; init; }

    /// <summary>An absolute http(s) URL.</summary>
    public string? Website { get; init; }

    /// <summary>A contact e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Shown in Swagger: a supporter named in the Azernews report.</summary>
    public static OrganisationRequest Example { get; } = new()
    {
        Name = "Bremen Azerbaijani Culture House",
        Aliases = [],
        Kind = OrganisationKind.DiasporaOrganisation,
    };
}
