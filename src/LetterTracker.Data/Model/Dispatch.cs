namespace LetterTracker.Data.Model;

/// <summary>One letter to one recipient: the unit that is tracked.</summary>
public sealed class Dispatch : Entity
{
    public Guid LetterId { get; set; }
    public Letter Letter { get; set; } = null!;
    public Guid RecipientId { get; set; }
    public Recipient Recipient { get; set; } = null!;

    /// <summary>Null when no source says how the letter travelled.</summary>
    public DispatchChannel? Channel { get; set; }

    public DateTimeOffset? SentAt { get; set; }
    public string? DeliveryRef { get; set; }
    public DispatchStatus Status { get; set; }

    /// <summary>When a reply is due: the send date plus the recipient's reply window.</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>For a dispatch opened by a referral: the dispatch whose recipient referred the letter on.</summary>
    public Guid? ReferredFromDispatchId { get; set; }
    public Dispatch? ReferredFrom { get; set; }

    /// <summary>When the recipient first answered (acknowledged, responded, referred or declined); null until then.</summary>
    public DateTimeOffset? FirstReplyAt { get; set; }

    /// <summary>Whole days from the send date to <see cref="FirstReplyAt"/>; kept for the reply-time statistics.</summary>
    public int? DaysToFirstReply { get; set; }

    public List<DispatchEvent> Events { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}

public enum DispatchChannel
{
    Email,
    Post,
    Portal,
    Hand,
}

/// <summary>Moves forward only: draft → sent → delivered → acknowledged → responded | referred | declined | closed.</summary>
public enum DispatchStatus
{
    Draft,
    Sent,
    Delivered,
    Acknowledged,
    Responded,
    Referred,
    Declined,
    Closed,
}
