using System.Data;
using LetterTracker.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;

namespace LetterTracker.Api.Hosting;

/// <summary>
/// On SQLite, an API request borrows one open connection for its context, before the API key lookup,
/// and gives it back after the endpoint has answered: the lookup and the endpoint's queries share it,
/// where EF would otherwise rent and return one around every query. (The key lookup gets the same
/// scoped context, so it is one more statement on this connection, not one more connection.) The
/// connection stays open between requests (<see cref="SqliteKeptConnections"/>), with the statements
/// it has prepared, so a request neither opens a connection nor prepares the statements it repeats.
/// PostgreSQL keeps EF's open-per-query: holding a server connection while a response is written
/// would keep it from other requests.
/// </summary>
public static class RequestConnection
{
    public static void UseRequestConnection(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<DatabaseSettings>>().Value.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        var kept = app.Services.GetRequiredService<SqliteKeptConnections>();
        app.Use(async (context, next) =>
        {
            // Only endpoints with an access rule (the /api ones) use the database; health probes,
            // Swagger and unknown paths do not borrow a connection.
            if (context.GetEndpoint()?.Metadata.GetMetadata<IAuthorizeData>() is null)
            {
                await next(context);
                return;
            }

            var database = context.RequestServices.GetRequiredService<LetterTrackerDbContext>().Database;
            var connectionString = database.GetConnectionString()!;
            var connection = kept.Rent(connectionString);
            try
            {
                database.SetDbConnection(connection, contextOwnsConnection: false);
                // A new connection opens through EF, whose interceptors set its pragmas; a kept one is
                // open already, and EF, seeing it open, leaves it open.
                if (connection.State != ConnectionState.Open)
                {
                    await database.OpenConnectionAsync(context.RequestAborted);
                }

                await next(context);
            }
            finally
            {
                GiveBack(database, connectionString, connection, kept);
            }
        });
    }

    /// <summary>
    /// Here, not when the request's services are disposed: the pooled context goes back to its pool as
    /// it came, with its own connection string and owning the connection it opens (this also rolls back
    /// a transaction the request left open, before the check on return). If any of it fails, the
    /// connection is closed, never left open in no one's hands: a connection dropped open would have its
    /// statements finalized by the GC on another thread while SQLite's pool lends it again, which the
    /// multi-thread mode (<c>SqliteLibrarySettings</c>) does not allow.
    /// </summary>
    private static void GiveBack(DatabaseFacade database, string connectionString, SqliteConnection connection, SqliteKeptConnections kept)
    {
        try
        {
            database.SetDbConnection(null, contextOwnsConnection: true);
            database.SetConnectionString(connectionString);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        kept.Return(connection);
    }
}
