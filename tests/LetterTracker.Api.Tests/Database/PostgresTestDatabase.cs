using LetterTracker.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LetterTracker.Api.Tests.Database;

/// <summary>
/// A fresh, empty PostgreSQL database for one test (lt_test_&lt;guid&gt;), created on the server that
/// LETTERTRACKER_TEST_POSTGRES names and dropped, with whatever is still connected, on dispose.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    public const string ServerVariable = "LETTERTRACKER_TEST_POSTGRES";

    private readonly string serverConnectionString;

    private PostgresTestDatabase(string serverConnectionString, string name)
    {
        this.serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>The server to test against, or null when none is configured.</summary>
    public static string? ServerConnectionString =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value ? value : null;

    public string Name { get; }

    /// <summary>Points at this test's database (same server, user and options as the variable's).</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var server = ServerConnectionString ?? throw new InvalidOperationException(
            $"{ServerVariable} is not set: source .ci/postgres.sh and run start_test_postgres, or set it to an Npgsql connection string.");
        var database = new PostgresTestDatabase(server, $"lt_test_{Guid.NewGuid():N}");
        await database.ExecuteOnServerAsync($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    /// <summary>A context on this database, configured as the app configures it for PostgreSQL.</summary>
    public LetterTrackerDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<LetterTrackerDbContext>();
        options.UseLetterTrackerDatabase(DatabaseProvider.Postgres, ConnectionString);
        return new LetterTrackerDbContext(options.Options);
    }

    public async ValueTask DisposeAsync()
    {
        // Pooled connections to a dropped database are dead; do not leave them in the pool.
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
