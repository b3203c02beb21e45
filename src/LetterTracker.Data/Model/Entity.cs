namespace LetterTracker.Data.Model;

/// <summary>What every stored record carries: a time-ordered id, timestamps and a concurrency version.</summary>
public abstract class Entity
{
    /// <summary>UUID version 7: time-ordered, so keyset paging by id follows creation order.</summary>
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Bumped on every update and checked by EF Core on save, so a stale write fails instead of overwriting.</summary>
    public long Version { get; set; }
}
