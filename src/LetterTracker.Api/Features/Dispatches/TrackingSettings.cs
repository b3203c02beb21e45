namespace LetterTracker.Api.Features.Dispatches;

/// <summary>The "Tracking" configuration section.</summary>
public sealed class TrackingSettings
{
    public const string Section = "Tracking";

    /// <summary>Reply window, in calendar days, for recipients that have none of their own.</summary>
    public int DefaultResponseDays { get; set; } = 30;
}
