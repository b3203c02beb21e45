using LetterTracker.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.UseRepositorySettingsFile();
builder.AddDatabase();
builder.AddApi();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseApi();
app.MapFeatures();
app.Run();

/// <summary>The entry point, public so the tests' WebApplicationFactory can host it.</summary>
public partial class Program;
