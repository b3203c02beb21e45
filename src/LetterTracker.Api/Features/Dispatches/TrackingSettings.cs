namespace LetterTracker.Api.Features.Dispatches;

/// <summary>The "Tracking" configuration section.</summary>
public sealed class TrackingSettings
{
    public const string Section = "Tracking";

    /// <summary>Reply window, in days, for recipients that have none of their own.</summary>
    public int DefaultResponseDays { get; set; } = 30;

    /// <summary>When true, reply windows count working days (Saturdays and Sundays skipped), not calendar days.</summary>
    public bool WorkingDays { get; set; }
}
