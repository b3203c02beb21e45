namespace LetterTracker.Api.Features.Webhooks;

/// <summary>The Webhooks section of the configuration.</summary>
public sealed class WebhookSettings
{
    public const string Section = "Webhooks";

    /// <summary>Whether this instance sends deliveries and scans for overdue dispatches; deliveries are written to the outbox either way.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the sender looks for work (retries due, overdue days, other instances' deliveries) when no write in this instance that added deliveries woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The wait after the first failed attempt; each further one doubles it.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Attempts before a delivery is marked failed (10 s, 20 s, ... : about 21 minutes for 8).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>How long a receiver has to answer.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Allows URLs on loopback, private, link-local and other non-public addresses. Off by default, so the
    /// API cannot be made to call into the network it runs in (SSRF); on for a receiver on the same host.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }
}
