namespace LetterTracker.Data.Model;

/// <summary>
/// The first response to a POST sent with an Idempotency-Key, stored in the same transaction as the write
/// it answered, so a retry of the same request gets the same answer instead of writing twice.
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary>Whose key it is: the API key's id, or the client address for anonymous callers; keys of different clients never collide.</summary>
    public required string Scope { get; set; }

    /// <summary>The Idempotency-Key header as sent.</summary>
    public required string Key { get; set; }

    /// <summary>SHA-256 of the method, path and body, lowercase hex: the same key with another request is refused.</summary>
    public required string RequestHash { get; set; }

    public int StatusCode { get; set; }

    /// <summary>The response headers that are replayed (Location, ETag, Content-Type), as a JSON object.</summary>
    public required string ResponseHeaders { get; set; }

    public required string ResponseBody { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>After this the key may be used again; expired records are removed.</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}
