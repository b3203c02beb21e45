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
        this List<T> current, IReadOnlyCollection<Guid> wanted, IQueryable<T> records, string field, CancellationToken cancellationToken)
        where T : Entity
    {
        current.RemoveAll(r => !wanted.Contains(r.Id));
        var missing = wanted.Except(current.Select(r => r.Id)).ToList();
        if (missing.Count > 0)
        {
            var found = await records.Where(r => missing.Contains(r.Id)).ToListAsync(cancellationToken);
            if (found.Count < missing.Count)
            {
                // Validated a moment ago, deleted since.
                throw ProblemException.Invalid(field, "A record this names was deleted meanwhile: " + string.Join(", ", missing.Except(found.Select(r => r.Id))));
            }

            current.AddRange(found);
        }
    }
}
