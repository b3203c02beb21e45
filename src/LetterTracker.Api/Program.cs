using LetterTracker.Api.Hosting;

if (await HealthProbe.TryRunAsync(args) is { } probeResult)
{
    return probeResult;
}

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.UseRepositorySettingsFile();
builder.AddDatabase();
builder.AddApi();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseApi();
app.MapFeatures();
await app.RunAsync();
return 0;

/// <summary>The entry point, public so the tests' WebApplicationFactory can host it.</summary>
public partial class Program;
