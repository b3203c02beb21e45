using LetterTracker.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LetterTracker.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the context for SQLite without starting the web host.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<LetterTrackerDbContext>
{
    public LetterTrackerDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<LetterTrackerDbContext>();
        options.UseLetterTrackerDatabase(DatabaseProvider.Sqlite, "Data Source=:memory:");
        return new LetterTrackerDbContext(options.Options);
    }
}
