using System.Collections.Concurrent;
using System.Data.Common;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace LetterTracker.Api.Tests.Performance;

/// <summary>A statement as the app sent it to SQLite: its text and its parameters, ready to run again.</summary>
public sealed record CapturedCommand(string Sql, IReadOnlyList<SqliteParameter> Parameters);

/// <summary>
/// What the database sees, counted as EF Core sends it: commands (with their SQL, to name them in a
/// failure), the savepoints EF Core sets around a save inside a transaction, connection opens and
/// transactions begun. The pragmas a connection runs as it opens are counted with the open. Commands
/// keep copies of their parameters, so that a query can be run again (see <see cref="QueryPlans"/>).
/// </summary>
public sealed class DatabaseTraffic : IDbCommandInterceptor, IDbConnectionInterceptor, IDbTransactionInterceptor
{
    private readonly ConcurrentQueue<CapturedCommand> commands = new();
    private int opens;
    private int transactions;

    public IReadOnlyList<CapturedCommand> Commands => [.. commands];

    public int ConnectionOpens => opens;

    public int Transactions => transactions;

    /// <summary>An app like <paramref name="app"/> (same settings, same database) whose contexts report here.</summary>
    public WebApplicationFactory<Program> Attach(LetterTrackerApp app) => app.WithWebHostBuilder(builder =>
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<LetterTrackerDbContext>(options => options.AddInterceptors(this))));

    /// <summary>Forgets what was counted so far: the next request starts from zero.</summary>
    public void Reset()
    {
        commands.Clear();
        opens = 0;
        transactions = 0;
    }

    public override string ToString() =>
        $"{commands.Count} commands, {opens} connection opens, {transactions} transactions:\n" + string.Join("\n---\n", commands.Select(c => c.Sql));

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Count(command, result);

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Count(command, result));

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Count(command, result);

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Count(command, result));

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Count(command, result);

    public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Count(command, result));

    public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Interlocked.Increment(ref opens);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref opens);
        return ValueTask.FromResult(result);
    }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Interlocked.Increment(ref transactions);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref transactions);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult CreatingSavepoint(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) =>
        Count("SAVEPOINT", result);

    public ValueTask<InterceptionResult> CreatingSavepointAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Count("SAVEPOINT", result));

    public InterceptionResult ReleasingSavepoint(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) =>
        Count("RELEASE SAVEPOINT", result);

    public ValueTask<InterceptionResult> ReleasingSavepointAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Count("RELEASE SAVEPOINT", result));

    // Parameters are copied now: EF Core reuses and clears its commands after they run.
    private T Count<T>(DbCommand command, T result) => Count(new CapturedCommand(
        command.CommandText,
        [.. command.Parameters.Cast<SqliteParameter>().Select(p => new SqliteParameter(p.ParameterName, p.Value ?? DBNull.Value)
        {
            SqliteType = p.SqliteType,
            Size = p.Size,
        })]), result);

    private T Count<T>(string statement, T result) => Count(new CapturedCommand(statement, []), result);

    private T Count<T>(CapturedCommand command, T result)
    {
        commands.Enqueue(command);
        return result;
    }
}
