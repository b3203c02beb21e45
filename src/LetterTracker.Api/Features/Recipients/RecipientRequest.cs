using System.ComponentModel.DataAnnotations;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Recipients;

/// <summary>A recipient as a POST or PUT sends it (PATCH sends any part of it).</summary>
public sealed record RecipientRequest
{
    /// <summary>The name as sources print it; unique (ignoring case) among the recipients with the same parent.</summary>
    public string Name { get; init; } = "";

    /// <summary>The acronym, when sources give one.</summary>
    public string? Acronym { get; init; }

    /// <summary>unAgency, euInstitution, intergovernmental, ngo or media.</summary>
    [Required]
    public RecipientKind? Kind { get; init; }

    /// <summary>The recipient this one is a branch, delegation, office or representative of; null for a top-level body. Never itself or one of its own branches.</summary>
    public Guid? ParentId { get; init; }

    /// <summary>Country, when a source names it.</summary>
    public string? Country { get; init; }

    /// <summary>A contact e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Expected reply window in days (1 to 3650); null uses the configured default.</summary>
    [Range(1, RecipientRequestValidator.MaxResponseDays)]
    public int? ResponseDays { get; init; }

    /// <summary>Shown in Swagger: the first addressee both reports name.</summary>
    public static RecipientRequest Example { get; } = new()
    {
        Name = "UN Mine Action Service",
        Acronym = "UNMAS",
        Kind = RecipientKind.UnAgency,
    };
}
