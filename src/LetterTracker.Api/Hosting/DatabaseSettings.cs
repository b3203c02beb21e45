using LetterTracker.Data;

namespace LetterTracker.Api.Hosting;

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseSettings
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending EF Core migrations at startup.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Seed the records the two reports state, once per database.</summary>
    public bool SeedOnStartup { get; set; } = true;
}
