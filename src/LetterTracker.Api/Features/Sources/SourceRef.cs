namespace LetterTracker.Api.Features.Sources;

/// <summary>Enough of a source to show where a fact comes from.</summary>
public sealed record SourceRef(Guid Id, string? Title, string Attribution);
