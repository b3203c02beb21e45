namespace LetterTracker.Data.Model;

/// <summary>A body letters go to; a branch, delegation or representative points at its parent.</summary>
public sealed class Recipient : Entity
{
    public required string Name { get; set; }
    public string? Acronym { get; set; }
    public RecipientKind Kind { get; set; }
    public Guid? ParentId { get; set; }
    public Recipient? Parent { get; set; }
    public List<Recipient> Children { get; set; } = [];
    public string? Country { get; set; }
    public string? Email { get; set; }

    /// <summary>Expected reply window in days; null uses the configured default.</summary>
    public int? ResponseDays { get; set; }

    public List<Dispatch> Dispatches { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}

public enum RecipientKind
{
    UnAgency,
    EuInstitution,
    Intergovernmental,
    Ngo,
    Media,
}
