namespace LetterTracker.Api.Common.Writes;

/// <summary>Endpoint metadata, read by Swagger: the operation honours If-Match when sent, but does not require it.</summary>
/// <param name="Description">What If-Match does on this operation.</param>
public sealed record OptionalIfMatch(string Description);
