using LetterTracker.Api.Common;
using LetterTracker.Api.Features.CasualtyFigures;
using LetterTracker.Api.Features.Citations;
using LetterTracker.Api.Features.Dispatches;
using LetterTracker.Api.Features.Incidents;
using LetterTracker.Api.Features.Organisations;
using LetterTracker.Api.Features.Recipients;
using LetterTracker.Api.Features.Stats;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Letters;

/// <summary>One protest letter: who signed it, what it is about, who received it, and the evidence for each.</summary>
/// <param name="Id">UUIDv7.</param>
/// <param name="Subject">What the letter is about, in one line.</param>
/// <param name="Summary">What the letter says, as reported, when its text is not at hand.</param>
/// <param name="Body">The letter's own text, when a copy is at hand.</param>
/// <param name="Language">BCP 47 tag; null when no source says.</param>
/// <param name="Demands">What the letter asks for, as sources word it.</param>
/// <param name="SentOn">The day it was sent, when known.</param>
/// <param name="SentFrom">When only a window is known: sent no earlier than this day.</param>
/// <param name="SentTo">When only a window is known: sent no later than this day.</param>
/// <param name="Status">draft, sent or closed.</param>
/// <param name="Signatories">The organisations that signed it.</param>
/// <param name="Incidents">The incidents it is about.</param>
/// <param name="CasualtyFigures">The figures it quotes.</param>
/// <param name="Dispatches">One per recipient, with where each stands.</param>
/// <param name="Citations">Quotes backing this record.</param>
/// <param name="CreatedAt">When the record was created.</param>
/// <param name="UpdatedAt">When the record was last changed.</param>
/// <param name="Version">Concurrency version; also the ETag.</param>
public sealed record LetterResponse(
    Guid Id,
    string Subject,
    string? Summary,
    string? Body,
    string? Language,
    IReadOnlyList<string> Demands,
    DateOnly? SentOn,
    DateOnly? SentFrom,
    DateOnly? SentTo,
    LetterStatus Status,
    IReadOnlyList<OrganisationRef> Signatories,
    IReadOnlyList<IncidentRef> Incidents,
    IReadOnlyList<CasualtyFigureRef> CasualtyFigures,
    IReadOnlyList<LetterDispatch> Dispatches,
    IReadOnlyList<CitationRef> Citations,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version) : IResource
{
    /// <summary>The signatories' ids, as write bodies name them.</summary>
    public IReadOnlyList<Guid> SignatoryIds => [.. Signatories.Select(s => s.Id)];

    /// <summary>The incidents' ids, as write bodies name them.</summary>
    public IReadOnlyList<Guid> IncidentIds => [.. Incidents.Select(i => i.Id)];

    /// <summary>The casualty figures' ids, as write bodies name them.</summary>
    public IReadOnlyList<Guid> CasualtyFigureIds => [.. CasualtyFigures.Select(f => f.Id)];

    /// <summary>The recipients' ids, as write bodies name them (one dispatch each).</summary>
    public IReadOnlyList<Guid> RecipientIds => [.. Dispatches.Select(d => d.RecipientId)];

    /// <summary>How many organisations signed it (as on the letter list).</summary>
    public int SignatoryCount => Signatories.Count;

    /// <summary>How many bodies it went to (as on the letter list).</summary>
    public int RecipientCount => Dispatches.Count;

    /// <summary>Its dispatches by status (as on the letter list).</summary>
    public DispatchStatusCounts DispatchCounts
    {
        get
        {
            var tally = new StatusTally();
            foreach (var dispatch in Dispatches)
            {
                tally.Add(dispatch.Status, 1);
            }

            return tally.ToCounts();
        }
    }

    /// <summary>How many of its dispatches are overdue (as on the letter list).</summary>
    public int OverdueCount => Dispatches.Count(d => d.Overdue);

    /// <summary>Shown in Swagger: the seeded letter, shortened.</summary>
    public static LetterResponse Example { get; } = new(
        Examples.Letter, "Protest letters after the mine explosions in Aghdam and Jabrayil on 6–7 April 2025",
        "The letters stress that Armenia’s refusal to hand over complete minefield maps continues to put innocent lives at risk.",
        null, null, ["immediate action", "accountability and international legal action"],
        null, new DateOnly(2025, 4, 6), new DateOnly(2025, 4, 14), LetterStatus.Sent,
        [new OrganisationRef(Examples.Organisation, "Prague Azerbaijani Culture House")],
        [new IncidentRef(Examples.Incident, "Mine explosions in the Aghdam district", "Aghdam", new DateOnly(2025, 4, 6), new DateOnly(2025, 4, 7))],
        [new CasualtyFigureRef(Examples.CasualtyFigure, "Azerbaijanis killed or injured in mine explosions since the end of the Second Garabagh War in November 2020", CasualtyMeasure.KilledOrInjured, 393)],
        [new LetterDispatch(Examples.Dispatch, Examples.Recipient, new RecipientRef(Examples.Recipient, "UN Mine Action Service", "UNMAS"), DispatchStatus.Sent, null, null, false)],
        [new CitationRef(Examples.Citation, Examples.Source, "The diaspora activists sent formal protest letters to major international organizations", null)],
        Examples.Created, Examples.Created, 1);
}

/// <summary>A letter's dispatch to one recipient, as shown on the letter.</summary>
/// <param name="Id">The dispatch's id (see /api/dispatches/{id}).</param>
/// <param name="RecipientId">The body it went to.</param>
/// <param name="Recipient">Enough of the recipient to show it.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="SentAt">When it was sent; null when no source says.</param>
/// <param name="DueOn">When a reply is due.</param>
/// <param name="Overdue">True when a reply is still awaited and dueOn has passed.</param>
public sealed record LetterDispatch(
    Guid Id, Guid RecipientId, RecipientRef Recipient, DispatchStatus Status, DateTimeOffset? SentAt, DateOnly? DueOn, bool Overdue);
