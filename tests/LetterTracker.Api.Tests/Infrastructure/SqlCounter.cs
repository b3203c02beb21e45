using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using LetterTracker.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;

namespace LetterTracker.Api.Tests.Infrastructure;

/// <summary>
/// Counts what an app asks of SQLite: connection opens through EF, and statements as SQLite itself
/// starts them (sqlite3_trace on every physical connection the app opens), so statements EF never
/// sees, such as the connection pragmas, count too. Not timing: counts only.
/// </summary>
public sealed class SqlCounter : DbConnectionInterceptor
{
    private static readonly ConditionalWeakTable<sqlite3, SqlCounter> Traced = [];
    private readonly ConcurrentQueue<string> statements = new();
    private int opens;

    /// <summary>An app like <paramref name="app"/> (same settings, same database) whose contexts report here.</summary>
    public WebApplicationFactory<Program> Attach(LetterTrackerApp app) => app.WithWebHostBuilder(builder =>
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<LetterTrackerDbContext>((_, options) => options.AddInterceptors(this))));

    /// <summary>What was counted since the last call, and starts again from zero.</summary>
    public (int Opens, IReadOnlyList<string> Statements) Take()
    {
        var taken = new List<string>();
        while (statements.TryDequeue(out var sql))
        {
            taken.Add(sql);
        }

        return (Interlocked.Exchange(ref opens, 0), taken);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Count(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Count(connection);
        return Task.CompletedTask;
    }

    private void Count(DbConnection connection)
    {
        Interlocked.Increment(ref opens);
        // The first time a physical connection is seen; the pool hands the same handle out again later.
        if (connection is SqliteConnection { Handle: { } handle } && Traced.TryAdd(handle, this))
        {
            raw.sqlite3_trace(handle, (_, sql) => statements.Enqueue(sql), null);
        }
    }
}
