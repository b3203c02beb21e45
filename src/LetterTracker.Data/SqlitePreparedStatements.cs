using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LetterTracker.Data;

/// <summary>
/// Runs what EF Core reads, and writes of short values (<see cref="AllSmall"/>), on a kept connection
/// (<see cref="SqliteKeptConnections"/>) through a command prepared once for that connection and SQL
/// text. Microsoft.Data.Sqlite prepares a command's statements again for every new command, and EF
/// Core makes a new one for every query: preparing (SQLite
/// parsing and planning the SQL) was ~38% of the CPU of a letter by id and most of a page of a list
/// (perf at 100k letters), for the same few statements over and over. EF Core's own command still
/// carries the SQL and the parameters, for its logging and interceptors; the prepared one runs them.
/// </summary>
/// <remarks>
/// A prepared statement lives as long as its SqliteCommand, and SqliteConnection.Close disposes every
/// command of the connection: hence connections kept open. A command of its own per connection and text,
/// used by one reader at a time (a kept connection serves one request at a time; the same text twice at
/// once, as in a nested read, runs the second unprepared). At most <see cref="Capacity"/> per connection,
/// the least recently used given up first, so that write batches of every shape do not pile up.
/// </remarks>
internal sealed class SqlitePreparedStatements : DbCommandInterceptor
{
    public static readonly SqlitePreparedStatements Instance = new();

    /// <summary>The app reads with a few dozen distinct statements; a statement costs SQLite a few KB.</summary>
    private const int Capacity = 32;

    private static readonly ConditionalWeakTable<SqliteConnection, Statements> Kept = [];

    /// <summary>Gives the connection its statements, from now on.</summary>
    public static void Keep(SqliteConnection connection) => Kept.Add(connection, new Statements(connection));

    /// <summary>Whether none of the connection's statements is still being read (a reader EF Core has not disposed).</summary>
    public static bool Idle(SqliteConnection connection) => !Kept.TryGetValue(connection, out var statements) || statements.Idle;

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        !result.HasResult && command is SqliteCommand { Connection: { } connection } sent
            && (eventData.CommandSource != CommandSource.SaveChanges || AllSmall(sent.Parameters))
            && Kept.TryGetValue(connection, out var statements) && statements.TryExecute(sent) is { } reader
            ? InterceptionResult<DbDataReader>.SuppressWithResult(reader)
            : result;

    /// <summary>The longest text or blob a kept statement may stay bound to.</summary>
    private const int MaxKeptValueLength = 256;

    /// <summary>
    /// Whether a write's values are short enough to stay bound. A statement keeps the values last bound
    /// to it until its next use (Microsoft.Data.Sqlite never clears bindings), and SaveChanges' batches
    /// run as readers too: a letter's body or a source's full text, up to a request body, would stay in
    /// native memory on every kept connection. Such a write runs unprepared; the rest (ids, names,
    /// dates, counters) keep their statements: a letter create cost 26.5 and 26.3 ms of CPU so, against
    /// 33.7 and 27.7 ms with every write unprepared (interleaved A/B at 100k letters, load 3 to 4).
    /// </summary>
    private static bool AllSmall(SqliteParameterCollection parameters)
    {
        foreach (SqliteParameter parameter in parameters)
        {
            if (parameter.Value is string { Length: > MaxKeptValueLength } or byte[] { Length: > MaxKeptValueLength })
            {
                return false;
            }
        }

        return true;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        // Microsoft.Data.Sqlite runs an async command synchronously too, after this same check.
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(ReaderExecuting(command, eventData, result));
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        if (command.Connection is SqliteConnection connection && Kept.TryGetValue(connection, out var statements))
        {
            statements.Release(command);
        }

        return result;
    }

    /// <summary>One connection's prepared commands. Used by one request at a time, so without locks.</summary>
    private sealed class Statements(SqliteConnection connection)
    {
        private readonly Dictionary<string, Prepared> bySql = new(StringComparer.Ordinal);
        // EF Core's command, by which a reader is disposed, to the prepared one that runs it.
        private readonly Dictionary<DbCommand, Prepared> reading = new(ReferenceEqualityComparer.Instance);
        private long uses;

        public bool Idle => reading.Count == 0;

        public SqliteDataReader? TryExecute(SqliteCommand sent)
        {
            if (!bySql.TryGetValue(sent.CommandText, out var prepared))
            {
                if (bySql.Count >= Capacity && !GiveUpLeastRecentlyUsed())
                {
                    return null;
                }

                prepared = new Prepared(connection.CreateCommand());
                prepared.Command.CommandText = sent.CommandText;
                bySql.Add(sent.CommandText, prepared);
            }
            else if (prepared.Reading)
            {
                return null;
            }

            var command = prepared.Command;
            command.Parameters.Clear();
            foreach (SqliteParameter parameter in sent.Parameters)
            {
                command.Parameters.Add(parameter);
            }

            command.Transaction = sent.Transaction;
            command.CommandTimeout = sent.CommandTimeout;
            var reader = command.ExecuteReader();
            prepared.Reading = true;
            prepared.LastUse = ++uses;
            reading.Add(sent, prepared);
            return reader;
        }

        public void Release(DbCommand sent)
        {
            if (reading.Remove(sent, out var prepared))
            {
                prepared.Reading = false;
                // EF Core's parameter objects are the request's: not kept until the statement's next use
                // (the values stay bound in SQLite until then; reads bind ids, dates and short terms).
                prepared.Command.Parameters.Clear();
            }
        }

        private bool GiveUpLeastRecentlyUsed()
        {
            var oldest = bySql.Where(p => !p.Value.Reading).MinBy(p => p.Value.LastUse);
            if (oldest.Value is null)
            {
                return false;
            }

            bySql.Remove(oldest.Key);
            oldest.Value.Command.Dispose();
            return true;
        }
    }

    private sealed class Prepared(SqliteCommand command)
    {
        public SqliteCommand Command { get; } = command;

        public bool Reading { get; set; }

        public long LastUse { get; set; }
    }
}
