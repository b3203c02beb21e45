namespace LetterTracker.Api.Features.Letters;

/// <summary>Enough of a letter to show it without another call.</summary>
public sealed record LetterRef(Guid Id, string Subject);
