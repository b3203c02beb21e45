using LetterTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Common.Writes;

/// <summary>
/// One write request at a time per process on SQLite. SQLite has a single writer anyway; writers that
/// collide inside it wait in busy_timeout's sleep-and-retry loop (hundreds of milliseconds on the slowest
/// writes), and a write that read before another committed fails its version check. Queued here, each
/// write reads, checks and commits after the previous one, and starts the moment it is done. PostgreSQL
/// runs writers side by side (its version checks and constraints settle races), so it has no gate.
/// </summary>
public sealed class WriteGate(DatabaseProvider provider)
{
    private readonly SemaphoreSlim? gate = provider == DatabaseProvider.Sqlite ? new(1, 1) : null;

    /// <summary>
    /// Waits for the request's turn to write; disposing the result ends it. A request holds one turn at a
    /// time: when it already holds it (the idempotency filter takes it before the endpoint's other
    /// filters, to open its transaction inside it), entering again returns at once.
    /// </summary>
    public async Task<IDisposable> EnterAsync(HttpContext http)
    {
        if (gate is null || http.Features.Get<Turn>() is not null)
        {
            return Turn.None;
        }

        await gate.WaitAsync(http.RequestAborted);
        var turn = new Turn(gate, http);
        http.Features.Set(turn);
        return turn;
    }

    private sealed class Turn(SemaphoreSlim? gate, HttpContext? http) : IDisposable
    {
        public static readonly Turn None = new(null, null);

        private SemaphoreSlim? held = gate;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref held, null) is { } released)
            {
                http!.Features.Set<Turn>(null);
                released.Release();
            }
        }
    }
}

/// <summary>
/// Runs every write endpoint in its turn at the <see cref="WriteGate"/>, in one transaction on one
/// connection: the reads that check the write, its save with its audit entry, and the read of the record
/// it answers with. A refusal thrown on the way rolls it all back. A keyed POST runs in the transaction
/// the <see cref="Idempotency.IdempotencyFilter"/> opened, which stores the key with the write. An
/// endpoint filter runs after the body was read and bound, so a slow client never holds the gate while
/// it sends.
/// </summary>
/// <remarks>
/// The transaction runs through the execution strategy (PostgreSQL retries transient failures): a
/// failure before COMMIT rolled everything back, so the whole unit runs again from a clean change
/// tracker. A failure of COMMIT itself is not replayed: the write may have been saved, and nothing
/// here can tell (an unkeyed POST would be created twice); it is a 503 that says so.
/// </remarks>
public sealed class WriteGateFilter(WriteGate gate, LetterTrackerDbContext db) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var method = http.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method))
        {
            return await next(context);
        }

        using var turn = await gate.EnterAsync(http);
        if (db.Database.CurrentTransaction is not null)
        {
            return await next(context);
        }

        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async cancellationToken =>
        {
            db.ChangeTracker.Clear(); // what a failed attempt tracked is not this attempt's
            // Begun in the turn: on SQLite a transaction holds the database's write lock from its start.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await next(context);
            await CommitAsync(transaction, cancellationToken);
            return result;
        }, http.RequestAborted);
    }

    /// <summary>Commits; a transient failure of the commit itself leaves the outcome unknown and is not retried.</summary>
    public static async Task CommitAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        try
        {
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception failure) when (DatabaseUnavailable.Is(failure))
        {
            throw new CommitOutcomeUnknownException(failure);
        }
    }
}
