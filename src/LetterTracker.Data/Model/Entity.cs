namespace LetterTracker.Data.Model;

/// <summary>What every stored record carries: a time-ordered id, timestamps and a concurrency version.</summary>
public abstract class Entity
{
    /// <summary>
    /// UUID version 7 (time-ordered), assigned by EF Core when the record is first tracked (see
    /// <see cref="UuidV7Generator"/>). Until then it is empty, which is how EF Core tells a new
    /// record reached through a navigation from an existing one.
    /// </summary>
    public Guid Id { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Bumped on every update and checked by EF Core on save, so a stale write fails instead of overwriting.</summary>
    public long Version { get; set; }
}
