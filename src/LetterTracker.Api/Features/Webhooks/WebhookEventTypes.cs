namespace LetterTracker.Api.Features.Webhooks;

/// <summary>The events a subscription can receive, by the names they are sent under.</summary>
public static class WebhookEventTypes
{
    public const string LetterCreated = "letter.created";
    public const string LetterSent = "letter.sent";
    public const string LetterClosed = "letter.closed";
    public const string DispatchSent = "dispatch.sent";
    public const string DispatchDelivered = "dispatch.delivered";

    /// <summary>An answer: acknowledged, responded, referred or declined (data.status says which).</summary>
    public const string DispatchReplied = "dispatch.replied";

    public const string DispatchClosed = "dispatch.closed";

    /// <summary>Once per dispatch when its due day has passed without an answer.</summary>
    public const string DispatchOverdue = "dispatch.overdue";

    public static IReadOnlyList<string> All { get; } =
        [LetterCreated, LetterSent, LetterClosed, DispatchSent, DispatchDelivered, DispatchReplied, DispatchClosed, DispatchOverdue];
}
