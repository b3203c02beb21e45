using LetterTracker.Api.Features.ApiKeys;
using LetterTracker.Api.Hosting;

if (await HealthProbe.TryRunAsync(args) is { } probeResult)
{
    return probeResult;
}

if (await CreateKeyCommand.TryRunAsync(args) is { } createKeyResult)
{
    return createKeyResult;
}

if (await MigrateCommand.TryRunAsync(args) is { } migrateResult)
{
    return migrateResult;
}

if (HelpCommand.TryRun(args) is { } helpResult)
{
    return helpResult;
}

NativeHeap.UseOneArena();
var builder = SettingsFile.CreateBuilder(args);
builder.AddConsoleLogs();
builder.AddDatabase();
builder.AddApi();

var app = builder.Build();
app.UseApi();
app.MapFeatures();
// The endpoints are built meanwhile the database is prepared (they need no database).
var endpoints = app.BuildEndpointsInBackground();
await app.PrepareDatabaseAsync();
await app.EnsureBootstrapAdminKeyAsync();
await endpoints;
await app.RunAsync();
return 0;

/// <summary>The entry point, public so the tests' WebApplicationFactory can host it.</summary>
public partial class Program;
