using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LetterTracker.Data;

/// <summary>
/// Stamps created/updated times and bumps <see cref="Entity.Version"/> on every save, in one place,
/// so no handler can forget it. The clock is injectable so tests can move time.
/// </summary>
public sealed class EntityStampInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var entry in context.ChangeTracker.Entries<Entity>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.CreatedAt = now;
                    entry.Entity.UpdatedAt = now;
                    // A new record starts at 1; a restored one comes with the version it goes on at
                    // (the deleted one's + 1), so no ETag read before its delete matches it.
                    if (entry.Entity.Version < 1)
                    {
                        entry.Entity.Version = 1;
                    }

                    break;
                case EntityState.Modified:
                    entry.Entity.UpdatedAt = now;
                    entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
                    break;
            }
        }
    }
}
