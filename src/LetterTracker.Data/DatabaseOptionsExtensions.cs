using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Data;

public static class DatabaseOptionsExtensions
{
    /// <summary>Each provider has its own migrations assembly (see /migrations).</summary>
    public static string MigrationsAssembly(this DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "LetterTracker.Migrations.Sqlite",
        DatabaseProvider.Postgres => "LetterTracker.Migrations.Postgres",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>Points a context at the chosen database, with that provider's migrations.</summary>
    public static DbContextOptionsBuilder UseLetterTrackerDatabase(
        this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                EnsureSqliteDirectoryExists(connectionString);
                options.UseSqlite(connectionString, o => o.MigrationsAssembly(provider.MigrationsAssembly()));
                options.AddInterceptors(SqlitePragmaInterceptor.Instance);
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString, o => o.MigrationsAssembly(provider.MigrationsAssembly()));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }

        return options;
    }

    /// <summary>SQLite creates the file but not its folder; "data/lettertracker.db" should just work.</summary>
    private static void EnsureSqliteDirectoryExists(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:"
            || builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
