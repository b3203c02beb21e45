using System.Text.RegularExpressions;
using LetterTracker.Api.Tests.Database;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data;
using LetterTracker.Data.Seed;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Hosting;

/// <summary>`migrate`, run as an operator runs it, and what a start after it (or without it) logs.</summary>
public sealed partial class MigrateCommandTests : IDisposable
{
    private readonly DirectoryInfo workingDirectory = Directory.CreateTempSubdirectory("lettertracker-migrate-");

    private string DatabaseFile => Path.Combine(workingDirectory.FullName, "migrate.db");

    private Dictionary<string, string> Sqlite => new()
    {
        ["ConnectionStrings__LetterTracker"] = $"Data Source={DatabaseFile}",
        ["Logging__Console__FormatterName"] = "simple",
    };

    [Fact]
    public async Task Migrate_brings_a_new_database_up_to_date_then_finds_nothing_to_do_and_the_app_starts_without_migrating()
    {
        var migrations = SqliteMigrations();

        var (exitCode, output, errors) = await AppCommand.RunAsync(workingDirectory, Sqlite, "migrate");
        Assert.True(exitCode == 0, output + errors);
        Assert.Equal(migrations.Count, AppliedMigration().Matches(output).Count);
        Assert.Contains($"Applied {migrations.Count} migration(s) to the Sqlite database: {string.Join(", ", migrations)}", output);
        Assert.Contains($"Seed {ReportSeed.Name}: applied", output);
        Assert.DoesNotMatch(EfWarningOrError(), output);

        (exitCode, output, errors) = await AppCommand.RunAsync(workingDirectory, Sqlite, "migrate");
        Assert.True(exitCode == 0, output + errors);
        Assert.Contains("No pending migrations: the Sqlite database was already up to date", output);
        Assert.Contains($"Seed {ReportSeed.Name}: already present", output);
        Assert.DoesNotMatch(AppliedMigration(), output);
        Assert.DoesNotContain("lock", output, StringComparison.OrdinalIgnoreCase);

        await using (var server = await ServerProcess.StartAsync(workingDirectory.FullName, Sqlite))
        {
            using var client = server.CreateClient();
            Assert.Single(await client.GetAllAsync("/api/letters"));
            Assert.DoesNotMatch(AppliedMigration(), server.Output);
            Assert.DoesNotContain("lock", server.Output, StringComparison.OrdinalIgnoreCase);
            Assert.Contains($"Seed {ReportSeed.Name}: already present", server.Output);
        }

        await using var db = SqliteContext();
        Assert.Equal(migrations, await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(1, await db.AppliedSeeds.CountAsync());
        Assert.Equal(1, await db.Letters.CountAsync());
    }

    [Fact]
    public async Task A_first_start_on_sqlite_logs_no_warning_from_migrating()
    {
        await using var server = await ServerProcess.StartAsync(workingDirectory.FullName, Sqlite);

        // The migrations ran in this start, and what EF logged of them is in the output.
        Assert.Equal(SqliteMigrations().Count, AppliedMigration().Matches(server.Output).Count);
        // Was: warn 20410, "PRAGMA foreign_keys = 0 ... cannot be executed in a transaction" (DispatchTracking).
        Assert.DoesNotMatch(EfWarningOrError(), server.Output);
        await using var db = SqliteContext();
        Assert.Equal(SqliteMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task Migrate_says_why_it_failed_and_exits_1()
    {
        var (exitCode, _, errors) = await AppCommand.RunAsync(workingDirectory, new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__LetterTracker"] = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=5",
        }, "migrate");

        Assert.Equal(1, exitCode);
        Assert.Contains("migrate failed, the database was not brought up to date:", errors);
        Assert.Contains("Failed to connect to 127.0.0.1:1", errors);
    }

    [Fact]
    public async Task Migrate_takes_no_options()
    {
        var (exitCode, output, errors) = await AppCommand.RunAsync(workingDirectory, Sqlite, "migrate", "--force");

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith("Usage: migrate", errors);
        Assert.False(File.Exists(DatabaseFile));
    }

    [PostgresFact]
    public async Task Migrate_brings_a_new_postgres_database_up_to_date_once()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__LetterTracker"] = database.ConnectionString,
            ["Logging__Console__FormatterName"] = "simple",
        };
        await using var db = database.CreateContext();
        var migrations = db.Database.GetMigrations().ToList();

        var (exitCode, output, errors) = await AppCommand.RunAsync(workingDirectory, environment, "migrate");
        Assert.True(exitCode == 0, output + errors);
        Assert.Contains($"Applied {migrations.Count} migration(s) to the Postgres database", output);
        Assert.DoesNotMatch(EfWarningOrError(), output);

        (exitCode, output, errors) = await AppCommand.RunAsync(workingDirectory, environment, "migrate");
        Assert.True(exitCode == 0, output + errors);
        Assert.Contains("No pending migrations: the Postgres database was already up to date", output);

        Assert.Equal(migrations, await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(1, await db.AppliedSeeds.CountAsync());
        Assert.Equal(1, await db.Letters.CountAsync());
    }

    private LetterTrackerDbContext SqliteContext()
    {
        var options = new DbContextOptionsBuilder<LetterTrackerDbContext>();
        options.UseLetterTrackerDatabase(DatabaseProvider.Sqlite, $"Data Source={DatabaseFile};Pooling=False");
        return new LetterTrackerDbContext(options.Options);
    }

    private static List<string> SqliteMigrations()
    {
        var options = new DbContextOptionsBuilder<LetterTrackerDbContext>();
        options.UseLetterTrackerDatabase(DatabaseProvider.Sqlite, "Data Source=:memory:");
        using var db = new LetterTrackerDbContext(options.Options);
        return [.. db.Database.GetMigrations()];
    }

    [GeneratedRegex(@"Applying migration '")]
    private static partial Regex AppliedMigration();

    /// <summary>A warning or error line (simple console format) from any EF Core category.</summary>
    [GeneratedRegex(@"(?m)^(warn|fail|crit): Microsoft\.EntityFrameworkCore")]
    private static partial Regex EfWarningOrError();

    public void Dispose() => workingDirectory.Delete(recursive: true);
}
