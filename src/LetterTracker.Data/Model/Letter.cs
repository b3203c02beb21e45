namespace LetterTracker.Data.Model;

/// <summary>One protest letter, co-signed by organisations and dispatched to recipients.</summary>
public sealed class Letter : Entity
{
    public required string Subject { get; set; }

    /// <summary>What the letter says, in the words of whoever reported it, when its text is not at hand.</summary>
    public string? Summary { get; set; }

    /// <summary>The letter's own text, when a copy is at hand.</summary>
    public string? Body { get; set; }

    /// <summary>BCP 47 tag; null when no source says which language the letter was written in.</summary>
    public string? Language { get; set; }

    public List<string> Demands { get; set; } = [];

    /// <summary>The day it was sent, when known.</summary>
    public DateOnly? SentOn { get; set; }

    /// <summary>When only a window is known: sent no earlier than SentFrom and no later than SentTo.</summary>
    public DateOnly? SentFrom { get; set; }
    public DateOnly? SentTo { get; set; }

    public LetterStatus Status { get; set; }

    public List<Organisation> Signatories { get; set; } = [];
    public List<Incident> Incidents { get; set; } = [];
    public List<CasualtyFigure> CasualtyFigures { get; set; } = [];
    public List<Dispatch> Dispatches { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];

    /// <summary>Its dispatches by status, kept by the database; null until it has a dispatch. Never written by the app.</summary>
    public LetterDispatchTally? DispatchTally { get; set; }
}

public enum LetterStatus
{
    Draft,
    Sent,
    Closed,
}
