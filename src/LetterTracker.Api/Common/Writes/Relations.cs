using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Common.Writes;

public static class Relations
{
    /// <summary>
    /// Makes a loaded many-to-many collection hold exactly the wanted records, changing it in place
    /// so EF Core writes only the links that differ.
    /// </summary>
    public static async Task SyncAsync<T>(
        this List<T> current, IReadOnlyCollection<Guid> wanted, DbSet<T> records, string field, CancellationToken cancellationToken)
        where T : Entity
    {
        current.RemoveAll(r => !wanted.Contains(r.Id));
        var missing = wanted.Except(current.Select(r => r.Id)).ToList();
        if (missing.Count > 0)
        {
            current.AddRange(await records.LoadAllAsync(missing, field, cancellationToken));
        }
    }

    /// <summary>
    /// The referenced record, tracked: the one the validator loaded (Rules.Exists), else from the
    /// database. The validator checked it exists; one deleted since is a 400 on the field that names it,
    /// not a crash.
    /// </summary>
    public static async Task<T> LoadAsync<T>(this DbSet<T> records, Guid id, string field, string noun, CancellationToken cancellationToken)
        where T : Entity =>
        await records.FindAsync([id], cancellationToken)
            ?? throw ProblemException.Invalid(field, $"There is no {noun} with this id (it was deleted meanwhile).");

    /// <summary>
    /// All the referenced records, tracked; as <see cref="LoadAsync{T}"/>, for a list of ids: those the
    /// validator loaded (Rules.ExistingIds) come from the context, any others in one query.
    /// </summary>
    public static async Task<List<T>> LoadAllAsync<T>(this DbSet<T> records, IReadOnlyCollection<Guid> ids, string field, CancellationToken cancellationToken)
        where T : Entity
    {
        // Local once: each read of DbSet.Local detects changes across every tracked entity first.
        var local = records.Local;
        var found = ids.Select(id => local.FindEntry(id)?.Entity).OfType<T>().ToList();
        if (found.Count < ids.Count)
        {
            var unloaded = ids.Except(found.Select(r => r.Id)).ToList();
            found.AddRange(await records.Where(r => unloaded.Contains(r.Id)).ToListAsync(cancellationToken));
        }

        if (found.Count < ids.Count)
        {
            throw ProblemException.Invalid(field, "A record this names was deleted meanwhile: " + string.Join(", ", ids.Except(found.Select(r => r.Id))));
        }

        return found;
    }

    /// <summary>
    /// Moves a record's version on save although none of its columns changed: its representation
    /// changed through another record (a source's citationCount), or a write depends on it staying as
    /// read (the chain above a new parent), so a concurrent change to it fails the version check.
    /// </summary>
    public static void TouchVersion(this DbContext db, Entity record) =>
        db.Entry(record).Property(r => r.Version).IsModified = true;
}
