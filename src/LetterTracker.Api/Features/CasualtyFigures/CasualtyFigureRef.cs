using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.CasualtyFigures;

/// <summary>Enough of a casualty figure to show it without another call.</summary>
public sealed record CasualtyFigureRef(Guid Id, string Description, CasualtyMeasure Measure, int Value);
