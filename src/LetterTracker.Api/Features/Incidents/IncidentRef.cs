namespace LetterTracker.Api.Features.Incidents;

/// <summary>Enough of an incident to show it without another call.</summary>
public sealed record IncidentRef(Guid Id, string Title, string District, DateOnly OccurredFrom, DateOnly OccurredTo);
