using System.ComponentModel.DataAnnotations;
using LetterTracker.Data;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Letters;

/// <summary>A letter as a POST or PUT sends it (PATCH sends any part of it), with its relations by id.</summary>
public sealed record LetterRequest
{
    /// <summary>What the letter is about, in one line.</summary>
    public string Subject { get; init; } = "";

    /// <summary>What the letter says, as reported, when its text is not at hand.</summary>
    public string? Summary { get; init; }

    /// <summary>The letter's own text.</summary>
    public string? Body { get; init; }

    /// <summary>BCP 47 language tag of the letter; null when not known.</summary>
    [MaxLength(Limits.LanguageTag)]
    public string? Language { get; init; }

    /// <summary>What the letter asks for, as worded.</summary>
    public List<string> Demands { get; init; } = [];

    /// <summary>The day it was sent, when known; not in the future. Not together with sentFrom/sentTo.</summary>
    public DateOnly? SentOn { get; init; }

    /// <summary>When only a window is known: sent no earlier than this day.</summary>
    public DateOnly? SentFrom { get; init; }

    /// <summary>When only a window is known: sent no later than this day.</summary>
    public DateOnly? SentTo { get; init; }

    /// <summary>draft, sent or closed. A draft has no send date. Setting sent sends the draft dispatches (a sent event each); closed closes those still open (a closed event each).</summary>
    [Required]
    public LetterStatus? Status { get; init; }

    /// <summary>The organisations that signed it.</summary>
    public List<Guid> SignatoryIds { get; init; } = [];

    /// <summary>The incidents it is about.</summary>
    public List<Guid> IncidentIds { get; init; } = [];

    /// <summary>The casualty figures it quotes.</summary>
    public List<Guid> CasualtyFigureIds { get; init; } = [];

    /// <summary>The bodies it goes to: each gets a dispatch. Removing one removes its dispatch only while that has no history.</summary>
    public List<Guid> RecipientIds { get; init; } = [];

    /// <summary>Shown in Swagger: a letter in the style of the seeded one.</summary>
    public static LetterRequest Example { get; } = new()
    {
        Subject = "Protest letters after the mine explosions in Aghdam and Jabrayil on 6–7 April 2025",
        Summary = "The letters stress that Armenia’s refusal to hand over complete minefield maps continues to put innocent lives at risk.",
        Demands = ["immediate action", "accountability and international legal action"],
        SentFrom = new DateOnly(2025, 4, 6),
        SentTo = new DateOnly(2025, 4, 14),
        Status = LetterStatus.Sent,
        SignatoryIds = [Guid.Parse("01a201be-96aa-71d6-8477-e5f9c419cb30")],
        IncidentIds = [Guid.Parse("01a201be-96a9-7df6-af38-63ddb90ab78d")],
        CasualtyFigureIds = [Guid.Parse("01a201be-96a9-7d3c-b6a4-a2c2618bd07e")],
        RecipientIds = [Guid.Parse("01a201be-96aa-772f-a771-fe59659e56bc")],
    };
}
