using System.Text.RegularExpressions;
using LetterTracker.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LetterTracker.Api.Tests.Database;

/// <summary>
/// The app runs on compiled models (src/LetterTracker.Data/CompiledModels, one per provider) instead
/// of building its model from OnModelCreating at start. Each must describe exactly the model that
/// OnModelCreating builds; after a model change, scripts/optimize-model.sh generates them again.
/// </summary>
public sealed class CompiledModelTests
{
    private const string Regenerate = "The compiled model is stale: run scripts/optimize-model.sh";

    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_app_uses_the_compiled_model(DatabaseProvider provider)
    {
        using var db = AppContext(provider);
        var compiled = provider == DatabaseProvider.Sqlite
            ? Data.CompiledModels.Sqlite.LetterTrackerDbContextModel.Instance
            : Data.CompiledModels.Postgres.LetterTrackerDbContextModel.Instance;

        Assert.Same(compiled, db.Model);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_compiled_model_is_the_model_OnModelCreating_builds(DatabaseProvider provider)
    {
        using var app = AppContext(provider);
        using var built = BuiltContext(provider);
        // As after a search has run in this process (see WithoutAdHocTypes): creating the query adds the type.
        _ = app.Database.SqlQueryRaw<AdHocRow>("""SELECT 1 AS "Value" """);

        Assert.Equal(WithoutAdHocTypes(built.Model.ToDebugString(MetadataDebugStringOptions.LongDefault)),
            WithoutAdHocTypes(app.Model.ToDebugString(MetadataDebugStringOptions.LongDefault)));
        Assert.Equal(built.Model.GetRelationalModel().ToDebugString(MetadataDebugStringOptions.LongDefault),
            app.Model.GetRelationalModel().ToDebugString(MetadataDebugStringOptions.LongDefault));
        // The debug views leave out value generators (ids are UUIDv7 from UuidV7GeneratorFactory).
        Assert.Equal(ValueGenerators(built.Model), ValueGenerators(app.Model));
    }

    /// <summary>
    /// The compiled model is one instance for the process, and EF adds an ad-hoc entity type to it for
    /// each type a raw SQL query reads (search's hits): whether other tests ran first is no difference.
    /// </summary>
    private static string WithoutAdHocTypes(string debugView) =>
        Regex.Replace(debugView, @"\n  Ad-hoc entity types.*?(?=\nAnnotations:)", "", RegexOptions.Singleline);

    private sealed record AdHocRow(int Value);

    private static List<string> ValueGenerators(IModel model) =>
        model.GetEntityTypes().SelectMany(entity => entity.GetProperties())
            .Select(property => $"{property.DeclaringType.DisplayName()}.{property.Name}: {property.GetValueGeneratorFactory()?.Method.DeclaringType?.Name ?? "none"}")
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>As the app configures a context: with the compiled model.</summary>
    private static LetterTrackerDbContext AppContext(DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder<LetterTrackerDbContext>();
        options.UseLetterTrackerDatabase(provider, ConnectionString(provider));
        return new LetterTrackerDbContext(options.Options);
    }

    /// <summary>The same provider without a compiled model: EF builds the model from OnModelCreating.</summary>
    private static LetterTrackerDbContext BuiltContext(DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder<LetterTrackerDbContext>();
        if (provider == DatabaseProvider.Sqlite)
        {
            options.UseSqlite(ConnectionString(provider));
        }
        else
        {
            options.UseNpgsql(ConnectionString(provider));
        }

        return new LetterTrackerDbContext(options.Options);
    }

    private static string ConnectionString(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=localhost;Database=lettertracker_model_check";
}
