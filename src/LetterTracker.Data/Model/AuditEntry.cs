namespace LetterTracker.Data.Model;

/// <summary>
/// One write, recorded in the same transaction: who made it, when, to which record, and the record's write
/// shape (what a PUT would send) before and after. A deleted record can be restored from its entry.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>UUIDv7, so entries sort in the order they were written.</summary>
    public Guid Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The key the write was made with; null for an anonymous write or one made outside any request (a key made by the create-key command or at start-up).</summary>
    public Guid? ApiKeyId { get; set; }

    /// <summary>The key's name at the time, kept even if the key is later renamed or revoked; for a write made outside any request, who made it ("create-key command").</summary>
    public string? ApiKeyName { get; set; }

    /// <summary>The kind of record, as in its path: "letters", "dispatch-events".</summary>
    public required string Resource { get; set; }

    public Guid RecordId { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>The record's write shape before the change, as JSON; null on create.</summary>
    public string? Before { get; set; }

    /// <summary>The record's write shape after the change, as JSON; null on delete.</summary>
    public string? After { get; set; }
}

public enum AuditAction
{
    Create,
    Update,
    Delete,
    Restore,
}
