using LetterTracker.Data.Migrating;
using Microsoft.Extensions.Options;

namespace LetterTracker.Api.Hosting;

/// <summary>
/// `migrate`: applies the pending migrations and the seed (if Database:SeedOnStartup) to the configured
/// database under its migration lock, says what it did, and exits: 0 when the database is up to date,
/// 1 with the reason on stderr when it could not be migrated, 2 for a usage error. Operators run it once
/// before starting or rolling instances, so no instance has migrating to do.
/// </summary>
public static class MigrateCommand
{
    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (args is not ["migrate", .. var options])
        {
            return null;
        }

        if (options.Length > 0)
        {
            await Console.Error.WriteLineAsync("Usage: migrate (it takes no options; settings come from appsettings.json and the environment)");
            return 2;
        }

        // Configuration as the server reads it: the settings file, then the environment.
        var builder = SettingsFile.CreateBuilder([]);
        builder.AddConsoleLogs();
        builder.AddDatabase();
        await using var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILogger<Program>>();
        var settings = app.Services.GetRequiredService<IOptions<DatabaseSettings>>().Value;
        try
        {
            var outcome = await DatabaseSetup.MigrateAsync(app.Services, migrate: true, seed: settings.SeedOnStartup);
            Report(logger, settings, outcome);
            return 0;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Migrating the database failed");
            await Console.Error.WriteLineAsync($"migrate failed, the database was not brought up to date: {Reason(e)}");
            return 1;
        }
    }

    private static void Report(ILogger logger, DatabaseSettings settings, MigrationOutcome outcome)
    {
        if (outcome.AppliedMigrations.Count == 0)
        {
            logger.LogInformation("No pending migrations: the {Provider} database was already up to date", settings.Provider);
        }

        if (outcome.Seeded is null)
        {
            logger.LogInformation("Seed not applied: Database:SeedOnStartup is false");
        }
    }

    /// <summary>The messages down the exception's chain: "Failed to connect to 127.0.0.1:1 (Connection refused)".</summary>
    private static string Reason(Exception e) => e.InnerException is { } inner ? $"{e.Message} ({Reason(inner)})" : e.Message;
}
