using System.Data;
using System.Net;
using System.Runtime.InteropServices;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;

namespace LetterTracker.Api.Tests.Performance;

/// <summary>
/// On SQLite the connection a request borrows stays open between requests, with the statements it
/// prepared (SqliteKeptConnections, issue 12): a read repeated finds them there instead of having SQLite
/// parse and plan them again. Measured from SQLite's side, as the memory its statements hold.
/// </summary>
public sealed class PreparedStatementTests
{
    [Fact]
    public async Task A_letter_read_again_finds_its_statements_prepared()
    {
        using var app = new LetterTrackerApp();
        using var client = app.CreateClient();
        var id = (await client.GetAllAsync("/api/letters")).Single().Str("id");

        await client.GetObjectAsync($"/api/letters/{id}");
        var (connection, afterFirst) = StatementMemory(app);
        await client.GetObjectAsync($"/api/letters/{id}");
        var (again, afterSecond) = StatementMemory(app);

        // One request at a time: both reads borrowed the same connection, which kept the key lookup,
        // the letter's row and its parts prepared, and the second read prepared nothing more.
        Assert.Same(connection, again);
        Assert.True(afterFirst > 0, "the statements were finalized when the request ended");
        Assert.Equal(afterFirst, afterSecond);
    }

    [Fact]
    public async Task Pages_read_again_are_not_prepared_again()
    {
        using var app = new LetterTrackerApp();
        using var client = app.CreateClient();
        string[] pages =
        [
            "/api/letters?limit=5&sort=-sentOn", "/api/letters?limit=2", "/api/dispatches?overdue=true&limit=3",
            "/api/dispatches?limit=4&sort=dueOn", "/api/recipients?limit=5", "/api/search?q=Aghdam&limit=3",
            "/api/audit?limit=3", "/api/stats/recipients?limit=5", "/api/calendar.ics?from=2025-01-01&to=2025-12-31",
        ];
        foreach (var page in pages.Concat(pages))
        {
            using var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // SQLite prepares a statement again, before running it, when a value is bound to a parameter its
        // plan depends on (a LIMIT, a LIKE pattern): each page would parse and plan its SQL every time.
        var kept = app.Services.GetRequiredService<SqliteKeptConnections>();
        var connection = kept.Rent(app.ConnectionString);
        try
        {
            var statements = AppStatements(connection)
                .Select(s => (Sql: Marshal.PtrToStringUTF8(Sql(s))!, Reprepared: StatementStatus(s, SqliteStatementReprepare, 0))).ToList();
            Assert.True(statements.Count >= pages.Length, $"only {statements.Count} statements kept");
            var prepared = statements.Where(s => s.Reprepared > 0).Select(s => s.Sql[..Math.Min(120, s.Sql.Length)]).ToList();
            Assert.True(prepared.Count == 0, $"prepared again: {string.Join(" | ", prepared)}");
        }
        finally
        {
            kept.Return(connection);
        }
    }

    [Fact]
    public async Task A_write_leaves_none_of_its_values_on_the_kept_connection()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        var marker = $"MARKER-{Guid.NewGuid():N}";

        // SaveChanges runs its batches as readers too; prepared and kept, each statement would hold the
        // ~900 KB it was last bound to (the source's row, its audit entry) until its next use.
        using var response = await client.PostJsonAsync("/api/sources",
            new { title = "A long report", attribution = "A newspaper", language = "en", fullText = marker + new string('x', 900_000) });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await client.GetAllAsync("/api/sources");

        var kept = app.Services.GetRequiredService<SqliteKeptConnections>();
        var connection = kept.Rent(app.ConnectionString);
        try
        {
            // SQLite's full-text index keeps statements of its own, bound to the last text it indexed:
            // those are SQLite's, not the app's, and AppStatements leaves them out.
            var holding = AppStatements(connection).Select(ExpandedSqlOf).Where(sql => sql.Contains(marker, StringComparison.Ordinal)).ToList();
            Assert.True(holding.Count == 0, $"still bound: {string.Join(" | ", holding.Select(sql => sql[..Math.Min(80, sql.Length)]))}");
        }
        finally
        {
            kept.Return(connection);
        }
    }

    [Fact]
    public async Task A_connection_given_back_inside_a_transaction_is_closed_not_kept()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var kept = new SqliteKeptConnections();
        var connection = kept.Rent(app.ConnectionString);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // Opened as a request opens it: through EF, whose interceptor sets its pragmas.
            var database = scope.ServiceProvider.GetRequiredService<LetterTrackerDbContext>().Database;
            database.SetDbConnection(connection, contextOwnsConnection: false);
            await database.OpenConnectionAsync();
        }

        using var transaction = connection.BeginTransaction();
        kept.Return(connection);

        Assert.Equal(ConnectionState.Closed, connection.State);
        using var next = kept.Rent(app.ConnectionString);
        Assert.NotSame(connection, next);
        Assert.Equal(ConnectionState.Closed, next.State);
    }

    [Fact]
    public void A_connection_opened_without_its_pragmas_is_closed_not_kept()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var kept = new SqliteKeptConnections();
        // A physical connection of its own, opened past EF (as when a request is aborted between the
        // open and the interceptor's pragmas): kept, it would run without its busy timeout for good.
        var connection = kept.Rent(app.ConnectionString + ";Pooling=False");
        connection.Open();

        kept.Return(connection);

        Assert.Equal(ConnectionState.Closed, connection.State);
    }

    /// <summary>The connection the next request would borrow, and the bytes its prepared statements hold.</summary>
    private static (SqliteConnection Connection, int Bytes) StatementMemory(LetterTrackerApp app)
    {
        var kept = app.Services.GetRequiredService<SqliteKeptConnections>();
        var connection = kept.Rent(app.ConnectionString);
        try
        {
            Assert.Equal(ConnectionState.Open, connection.State);
            raw.sqlite3_db_status(connection.Handle, raw.SQLITE_DBSTATUS_STMT_USED, out var bytes, out _, 0);
            return (connection, bytes);
        }
        finally
        {
            kept.Return(connection);
        }
    }

    /// <summary>
    /// The app's statements on the connection: not the full-text index's own, which FTS5 keeps to read its
    /// tables (SearchIndex_*) and the database's data_version.
    /// </summary>
    private static List<IntPtr> AppStatements(SqliteConnection connection)
    {
        var db = connection.Handle!.DangerousGetHandle();
        var all = new List<IntPtr>();
        for (var statement = NextStatement(db, IntPtr.Zero); statement != IntPtr.Zero; statement = NextStatement(db, statement))
        {
            var sql = Marshal.PtrToStringUTF8(Sql(statement)) ?? "";
            if (!sql.Contains("'SearchIndex_", StringComparison.Ordinal) && !sql.Contains(".data_version", StringComparison.Ordinal))
            {
                all.Add(statement);
            }
        }

        return all;
    }

    /// <summary>The statement as SQLite would run it now, with the values bound to it.</summary>
    private static string ExpandedSqlOf(IntPtr statement)
    {
        var text = ExpandedSql(statement);
        try
        {
            return text == IntPtr.Zero ? "" : Marshal.PtrToStringUTF8(text)!;
        }
        finally
        {
            Free(text);
        }
    }

    private const int SqliteStatementReprepare = 5; // SQLITE_STMTSTATUS_REPREPARE

    [DllImport("e_sqlite3", EntryPoint = "sqlite3_sql")]
    private static extern IntPtr Sql(IntPtr statement);

    [DllImport("e_sqlite3", EntryPoint = "sqlite3_stmt_status")]
    private static extern int StatementStatus(IntPtr statement, int counter, int reset);

    // SQLitePCLRaw's own sqlite3_next_stmt works only with statement tracking, which is off.
    [DllImport("e_sqlite3", EntryPoint = "sqlite3_next_stmt")]
    private static extern IntPtr NextStatement(IntPtr db, IntPtr statement);

    [DllImport("e_sqlite3", EntryPoint = "sqlite3_expanded_sql")]
    private static extern IntPtr ExpandedSql(IntPtr statement);

    [DllImport("e_sqlite3", EntryPoint = "sqlite3_free")]
    private static extern void Free(IntPtr pointer);
}
