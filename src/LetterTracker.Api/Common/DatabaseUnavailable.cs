using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace LetterTracker.Api.Common;

/// <summary>
/// A database that cannot answer for now (unreachable, restarting, out of connections, or, on SQLite,
/// still locked by another writer when busy_timeout ran out) is the service being unavailable, not a
/// fault of the API: the request is answered 503 with Retry-After, and logged as one warning line, not as
/// an error with a stack trace per request. The same request sent again later will do.
/// </summary>
public static class DatabaseUnavailable
{
    /// <summary>Seconds a client waits before sending again: about what a PostgreSQL restart or failover takes.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>
    /// Whether the failure, or one it wraps (EF wraps the provider's in DbUpdateException,
    /// RetryLimitExceededException or InvalidOperationException), is the database being unavailable.
    /// </summary>
    public static bool Is(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case CommitOutcomeUnknownException or RetryLimitExceededException or TimeoutException:
                // Npgsql's own judgement: socket and I/O errors, timeouts (the pool's included), and the
                // SQL states of a server that is out of resources or not accepting connections yet.
                case NpgsqlException { IsTransient: true }:
                // The server ended the session (admin_shutdown, crash_shutdown, cannot_connect_now) or
                // the connection failed (class 08), or has no connection left for us (53300).
                case PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" } or PostgresException { SqlState: ['0', '8', ..] }:
                // SQLITE_BUSY, SQLITE_LOCKED: another connection still held the lock after busy_timeout.
                case SqliteException { SqliteErrorCode: 5 or 6 }:
                    return true;
            }
        }

        return false;
    }

    /// <summary>The 503 for <paramref name="failure"/>, logged as a warning with the failure's message only.</summary>
    public static ProblemException Refusal(Exception failure, HttpContext http)
    {
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseUnavailable).FullName!);
        logger.LogWarning(
            "Database unavailable for {Method} {Path}, answered 503: {Failure}", http.Request.Method, http.Request.Path, Innermost(failure).Message);
        var problem = failure is CommitOutcomeUnknownException
            ? new ProblemException(
                StatusCodes.Status503ServiceUnavailable,
                "The database became unavailable.",
                $"The connection to the database was lost while this change was being committed, so it may or may not have been saved. Read the record before sending the change again (a change sent with If-Match then answers 412 if it was saved; a POST sent again with the same Idempotency-Key gets the first answer). Retry after {RetryAfterSeconds} seconds.")
            : new ProblemException(
                StatusCodes.Status503ServiceUnavailable,
                "The database is unavailable.",
                $"The database could not be reached or is restarting; nothing was changed. Send the same request again after {RetryAfterSeconds} seconds (a POST with the same Idempotency-Key).");
        problem.Headers[Microsoft.Net.Http.Headers.HeaderNames.RetryAfter] = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return problem;
    }

    private static Exception Innermost(Exception exception)
    {
        var e = exception;
        while (e.InnerException is not null && e is not (NpgsqlException or SqliteException))
        {
            e = e.InnerException;
        }

        return e;
    }
}

/// <summary>
/// The database connection failed during COMMIT: the write may have been saved or not. Not retried by
/// the execution strategy (a replay could apply it twice); answered 503 with a detail that says so.
/// </summary>
public sealed class CommitOutcomeUnknownException(Exception inner)
    : Exception("The database connection failed while committing; the outcome is unknown.", inner);
