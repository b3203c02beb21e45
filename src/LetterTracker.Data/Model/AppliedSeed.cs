namespace LetterTracker.Data.Model;

/// <summary>
/// Marks a seed set as applied. Seeding runs once per set, so a restart adds nothing and a user's
/// later edits or deletions of seeded records are never undone.
/// </summary>
public sealed class AppliedSeed
{
    public required string Name { get; set; }
    public DateTimeOffset AppliedAt { get; set; }
}
