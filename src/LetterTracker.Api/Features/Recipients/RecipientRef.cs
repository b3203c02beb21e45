namespace LetterTracker.Api.Features.Recipients;

/// <summary>Enough of a recipient to show it without another call.</summary>
public sealed record RecipientRef(Guid Id, string Name, string? Acronym);
