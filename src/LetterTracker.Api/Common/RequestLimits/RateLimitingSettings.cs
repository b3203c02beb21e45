namespace LetterTracker.Api.Common.RequestLimits;

/// <summary>The "RateLimiting" configuration section: how many requests each caller may send per window.</summary>
public sealed class RateLimitingSettings
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Requests per window for one API key, or one client address when anonymous. 600 a minute is ten a
    /// second on average: far above what a person clicking through a client sends, enough for a script
    /// importing records one by one, and it keeps one runaway caller from taking the whole machine.
    /// </summary>
    public int PermitLimit { get; set; } = 600;

    /// <summary>The length of the fixed window the permits are counted in.</summary>
    public int WindowSeconds { get; set; } = 60;
}
