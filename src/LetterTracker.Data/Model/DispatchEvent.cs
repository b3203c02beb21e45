namespace LetterTracker.Data.Model;

/// <summary>One thing that happened to a dispatch; a dispatch's events, in order, are its history.</summary>
public sealed class DispatchEvent : Entity
{
    public Guid DispatchId { get; set; }
    public Dispatch Dispatch { get; set; } = null!;
    public DispatchEventType Type { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Note { get; set; }
    public string? ResponseSummary { get; set; }

    /// <summary>The stored reply or other document this event rests on.</summary>
    public Guid? SourceId { get; set; }
    public Source? Source { get; set; }

    /// <summary>For a referral: the body the recipient referred the letter to.</summary>
    public Guid? ReferredToRecipientId { get; set; }
    public Recipient? ReferredToRecipient { get; set; }
}

public enum DispatchEventType
{
    Sent,
    Delivered,
    Acknowledged,
    FollowUpSent,
    Responded,
    Referred,
    Declined,
    Closed,
    Note,
}
