using LetterTracker.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LetterTracker.Migrations.Postgres;

/// <summary>
/// Lets `dotnet ef` build the context for PostgreSQL without starting the web host. Adding a
/// migration never connects, so the connection string only has to parse.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<LetterTrackerDbContext>
{
    public LetterTrackerDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<LetterTrackerDbContext>();
        options.UseLetterTrackerDatabase(DatabaseProvider.Postgres, "Host=localhost;Database=lettertracker_design");
        return new LetterTrackerDbContext(options.Options);
    }
}
