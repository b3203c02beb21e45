namespace LetterTracker.Api.Common.Idempotency;

/// <summary>The "Idempotency" configuration section.</summary>
public sealed class IdempotencySettings
{
    public const string Section = "Idempotency";

    /// <summary>How long a key is remembered: a retry within this time replays the first answer; after it, the key is new again.</summary>
    public int KeyLifetimeHours { get; set; } = 24;
}
