namespace LetterTracker.Data.Model;

/// <summary>A sender: a diaspora organisation, or another body such as a government committee.</summary>
public sealed class Organisation : Entity
{
    public required string Name { get; set; }
    public List<string> Aliases { get; set; } = [];
    public OrganisationKind Kind { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
    public string? Website { get; set; }
    public string? Email { get; set; }

    public List<Letter> SignedLetters { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}

public enum OrganisationKind
{
    DiasporaOrganisation,
    GovernmentBody,
    Other,
}
