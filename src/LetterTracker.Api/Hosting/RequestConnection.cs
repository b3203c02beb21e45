using LetterTracker.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LetterTracker.Api.Hosting;

/// <summary>
/// On SQLite, an API request opens its context's connection once, before the API key lookup, and
/// returns it after the endpoint has answered: the lookup and the endpoint's queries share one pooled
/// connection, where EF would otherwise rent and return it around every query. (The key lookup gets
/// the same scoped context, so it is one more statement on this connection, not one more connection.)
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

        app.Use(async (context, next) =>
        {
            // Only endpoints with an access rule (the /api ones) use the database; health probes,
            // Swagger and unknown paths do not rent a connection.
            if (context.GetEndpoint()?.Metadata.GetMetadata<IAuthorizeData>() is null)
            {
                await next(context);
                return;
            }

            var database = context.RequestServices.GetRequiredService<LetterTrackerDbContext>().Database;
            await database.OpenConnectionAsync(context.RequestAborted);
            try
            {
                await next(context);
            }
            finally
            {
                // Here, not when the request's services are disposed: the pooled context must go back
                // to its pool with its connection already returned to SQLite's.
                await database.CloseConnectionAsync();
            }
        });
    }
}
