using System.Data;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data;
using Microsoft.Data.Sqlite;
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
    public void A_connection_given_back_inside_a_transaction_is_closed_not_kept()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var kept = new SqliteKeptConnections();
        var connection = kept.Rent(app.ConnectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();

        kept.Return(connection);

        Assert.Equal(ConnectionState.Closed, connection.State);
        using var next = kept.Rent(app.ConnectionString);
        Assert.NotSame(connection, next);
        Assert.Equal(ConnectionState.Closed, next.State);
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
}
