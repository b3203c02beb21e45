using System.Collections.Concurrent;
using System.Data;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace LetterTracker.Data;

/// <summary>
/// SQLite connections kept open from one request to the next, so that the statements each has
/// prepared (<see cref="SqlitePreparedStatements"/>) are there for the next request: closing a
/// SqliteConnection disposes its commands, statements and all, even though Microsoft.Data.Sqlite's
/// pool keeps the physical connection. A connection is lent to one request at a time (RequestConnection)
/// and comes back only as it went out: open, outside any transaction, with no statement still read.
/// </summary>
/// <remarks>
/// These connections are made here, not by EF Core, so they lack the SQL functions EF registers on
/// connections of its own (<c>regexp</c>, the <c>ef_</c> decimal functions and collation): a query
/// translated to them (Regex.IsMatch, decimal arithmetic or ordering) would fail on API requests with
/// "no such function". No query uses them today (the model has no decimal column). Connections are
/// kept for the life of the process, up to <see cref="MaxIdle"/>.
/// </remarks>
public sealed class SqliteKeptConnections : IDisposable
{
    /// <summary>As many as requests ran at once, up to this; more are closed as they come back.</summary>
    private const int MaxIdle = 32;

    // Last in, first out: the connection lent next is the one with the most recent statements.
    private readonly ConcurrentStack<SqliteConnection> idle = new();
    private volatile bool disposed;

    /// <summary>An open connection kept from an earlier request, or a new one, not yet open, for the caller to open.</summary>
    public SqliteConnection Rent(string connectionString)
    {
        while (idle.TryPop(out var connection))
        {
            if (connection.ConnectionString == connectionString)
            {
                return connection;
            }

            connection.Dispose();
        }

        var created = new SqliteConnection(connectionString);
        SqlitePreparedStatements.Keep(created);
        return created;
    }

    /// <summary>Keeps the connection for the next request, or closes it when it cannot serve one as it is.</summary>
    public void Return(SqliteConnection connection)
    {
        var reusable = !disposed && idle.Count < MaxIdle
            && connection.State == ConnectionState.Open
            && SqlitePragmaInterceptor.HasRun(connection) // an open cancelled before its pragmas ran
            && raw.sqlite3_get_autocommit(connection.Handle) != 0 // no transaction left open
            && SqlitePreparedStatements.Idle(connection);
        if (!reusable)
        {
            connection.Dispose();
            return;
        }

        idle.Push(connection);
        if (disposed)
        {
            CloseIdle();
        }
    }

    public void Dispose()
    {
        disposed = true;
        CloseIdle();
    }

    private void CloseIdle()
    {
        while (idle.TryPop(out var connection))
        {
            connection.Dispose();
        }
    }
}
