using LetterTracker.Data;

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

    /// <summary>Waits for the turn to write; disposing the result ends it.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        if (gate is null)
        {
            return Turn.None;
        }

        await gate.WaitAsync(cancellationToken);
        return new Turn(gate);
    }

    private sealed class Turn(SemaphoreSlim? gate) : IDisposable
    {
        public static readonly Turn None = new(null);

        private SemaphoreSlim? held = gate;

        public void Dispose() => Interlocked.Exchange(ref held, null)?.Release();
    }
}

/// <summary>
/// Runs every write endpoint in its turn at the <see cref="WriteGate"/>. An endpoint filter runs after
/// the body was read and bound, so a slow client never holds the gate while it sends.
/// </summary>
public sealed class WriteGateFilter(WriteGate gate) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method))
        {
            return await next(context);
        }

        using var turn = await gate.EnterAsync(context.HttpContext.RequestAborted);
        return await next(context);
    }
}
