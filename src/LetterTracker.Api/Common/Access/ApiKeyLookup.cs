using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Common.Access;

/// <summary>
/// A key by the hash of its secret, through the unique SecretHash index: what every keyed request
/// runs (compiled once, it skips building, parameterising and looking up the LINQ expression) and
/// what the bootstrap key check at start-up runs, so the first request finds it compiled.
/// </summary>
public static class ApiKeyLookup
{
    /// <summary>What authentication needs of a key row.</summary>
    public sealed record KeyRow(Guid Id, string Name, ApiKeyRole Role, string SecretHash, DateTimeOffset? RevokedAt);

    private static readonly CompiledPerModel<Func<LetterTrackerDbContext, string, CancellationToken, Task<KeyRow?>>> Find =
        new(() => EF.CompileAsyncQuery((LetterTrackerDbContext db, string hash, CancellationToken _) => db.ApiKeys.AsNoTracking()
            .Where(k => k.SecretHash == hash)
            .Select(k => new KeyRow(k.Id, k.Name, k.Role, k.SecretHash, k.RevokedAt))
            .FirstOrDefault()));

    public static Task<KeyRow?> FindAsync(LetterTrackerDbContext db, string hash, CancellationToken cancellationToken) =>
        Find.For(db)(db, hash, cancellationToken);
}
