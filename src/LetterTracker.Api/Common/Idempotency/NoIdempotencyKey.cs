namespace LetterTracker.Api.Common.Idempotency;

/// <summary>
/// Endpoint metadata: this POST refuses an Idempotency-Key (a 400 keyed by the header, giving the reason),
/// because its answer must not be stored, and Swagger does not offer the header there.
/// </summary>
/// <param name="Reason">Why, and what to do instead.</param>
public sealed record NoIdempotencyKey(string Reason);
