using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LetterTracker.Api.Tests.Hosting;

/// <summary>
/// Logs as production reads them: one JSON object per stdout line (the JSON console formatter), in
/// UTC, each line written while a request is answered carrying the request's TraceId, which is its
/// problem's traceId; and a normal start that logs nothing at Warning or above.
/// </summary>
public sealed class ProductionLogTests : IDisposable
{
    private static readonly string[] Alarming = ["Warning", "Error", "Critical"];

    private readonly DirectoryInfo workingDirectory = Directory.CreateTempSubdirectory("lettertracker-logs-");

    private sealed class BrokenClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException("secret internal detail: the clock broke");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // ASP.NET Core starts no Activity then: the app's own does the work
    public async Task In_production_an_unexpected_failure_is_one_JSON_error_line_with_the_problems_trace_id(bool aspNetCoreLogsOff)
    {
        var settings = new Dictionary<string, string?> { ["Auth:BootstrapAdminKey"] = null };
        if (aspNetCoreLogsOff)
        {
            settings["Logging:LogLevel:Microsoft.AspNetCore"] = "None";
        }

        var console = new ConsoleLines();
        using var app = new LetterTrackerApp(seed: false, settings);
        using var production = app.WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Production");
            host.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(new BrokenClock());
                console.AddTo(services);
            });
        });
        using var client = production.CreateClient();

        using var response = await client.GetAsync("/api/dispatches"); // computes "overdue" from the clock
        var traceId = (await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError)).Str("traceId");

        var lines = console.Lines.Select(ParseJsonLine).ToList();
        Assert.NotEmpty(lines);
        var error = Assert.Single(lines, line => TraceIdOf(line) == traceId);
        Assert.Equal("Error", error.Str("LogLevel"));
        Assert.Equal("LetterTracker.Api.Common.ProblemExceptionHandler", error.Str("Category"));
        Assert.Equal("Unhandled exception for GET /api/dispatches", error.Str("Message"));
        // The exception is in the log, not in the answer.
        Assert.Contains("secret internal detail: the clock broke", error.Str("Exception"));
        Assert.DoesNotContain("secret internal detail", await response.Content.ReadAsStringAsync());
        AssertUtcTimestamp(error);
    }

    [Fact]
    public async Task The_app_started_in_production_writes_JSON_lines_and_logs_a_503_with_the_problems_trace_id()
    {
        var database = Path.Combine(workingDirectory.FullName, "busy.db");
        // Default Timeout: Microsoft.Data.Sqlite's retries of a busy statement after busy_timeout (5 s); 1 s, not 30.
        var connectionString = $"Data Source={database};Default Timeout=1";
        await using var server = await ServerProcess.StartAsync(workingDirectory.FullName, new Dictionary<string, string>
        {
            ["ConnectionStrings__LetterTracker"] = connectionString,
            ["Database__SeedOnStartup"] = "false",
        }, logFormat: null);
        using var client = server.CreateClient();

        string traceId;
        await using (var holder = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await holder.OpenAsync();
            await using (var begin = holder.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE"; // the write lock, held until the connection closes
                await begin.ExecuteNonQueryAsync();
            }

            using var refused = await client.PostJsonAsync("/api/sources", new { title = "Written while locked", attribution = "Log test", language = "en", fullText = "Text." });
            traceId = (await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.ServiceUnavailable)).Str("traceId");
        }

        var warning = await LineAsync(server, line => TraceIdOf(line) == traceId && line.Str("LogLevel") == "Warning", "the 503's warning");
        Assert.Equal("LetterTracker.Api.Common.DatabaseUnavailable", warning.Str("Category"));
        Assert.StartsWith("Database unavailable for POST /api/sources, answered 503", warning.Str("Message"));
        AssertUtcTimestamp(warning);
        // The request's other scope values are there too, to find its other lines by.
        Assert.Contains(Scopes(warning), scope => scope["RequestPath"]?.GetValue<string>() == "/api/sources");

        // Every stdout line is one JSON object, from the first (migrating) to this one.
        var stdout = server.StandardOutputLines;
        Assert.Contains(stdout, line => line.Contains("Applying migration", StringComparison.Ordinal));
        Assert.All(stdout, line => ParseJsonLine(line));
    }

    [Fact]
    public async Task A_normal_start_on_a_new_SQLite_database_serves_and_stops_logging_nothing_at_warning_or_above()
    {
        // As the published app runs by default (Production: JSON lines), seeding included, with a bootstrap admin key.
        var server = await ServerProcess.StartAsync(workingDirectory.FullName, new Dictionary<string, string>
        {
            ["ConnectionStrings__LetterTracker"] = $"Data Source={Path.Combine(workingDirectory.FullName, "new.db")}",
        }, logFormat: null);
        int exitCode;
        await using (server)
        {
            using var client = server.CreateClient();
            var letter = Assert.Single(await client.GetAllAsync("/api/letters"));
            (await client.GetObjectAsync($"/api/letters/{letter.Str("id")}")).Str("subject");
            using (var created = await client.PostJsonAsync("/api/sources", new { title = "Start-up log test", attribution = "Log test", language = "en", fullText = "Text." }))
            {
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            }

            using (var notFound = await client.GetAsync("/api/nothing-here"))
            {
                await ProblemAssert.IsProblemAsync(notFound, HttpStatusCode.NotFound);
            }

            using (var document = await client.GetAsync("/swagger/v1/swagger.json"))
            {
                Assert.Equal(HttpStatusCode.OK, document.StatusCode);
            }

            using (var ready = await client.GetAsync("/health/ready"))
            {
                Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            }

            exitCode = await server.StopAsync();
        }

        var lines = server.StandardOutputLines.Select(ParseJsonLine).ToList();
        Assert.Contains(lines, line => line.Str("Message") == "Application is shutting down...");
        var alarming = lines.Where(line => Alarming.Contains(line.Str("LogLevel"))).Select(line => line.ToJsonString()).ToList();
        Assert.True(alarming.Count == 0, "A normal start logged:\n" + string.Join('\n', alarming));
        Assert.Empty(server.StandardErrorLines);
        Assert.Equal(0, exitCode);
    }

    /// <summary>A line as the JSON console formatter writes it: one object, with the members every line has.</summary>
    private static JsonObject ParseJsonLine(string line)
    {
        JsonObject parsed;
        try
        {
            parsed = JsonNode.Parse(line)!.AsObject();
        }
        catch (JsonException e)
        {
            throw new Xunit.Sdk.XunitException($"Not a JSON log line ({e.Message}): {line}");
        }

        foreach (var member in new[] { "Timestamp", "EventId", "LogLevel", "Category", "Message" })
        {
            Assert.True(parsed.ContainsKey(member), $"No {member} in {line}");
        }

        return parsed;
    }

    private static IEnumerable<JsonObject> Scopes(JsonObject line) =>
        (line["Scopes"] as JsonArray ?? []).OfType<JsonObject>();

    private static string? TraceIdOf(JsonObject line) =>
        Scopes(line).Select(scope => scope["TraceId"]?.GetValue<string>()).FirstOrDefault(id => id is not null);

    private static void AssertUtcTimestamp(JsonObject line)
    {
        var timestamp = line.Str("Timestamp");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", timestamp);
        var at = DateTimeOffset.Parse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Assert.InRange(at, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    /// <summary>The server's stdout line that matches, waiting for it (a log line is written a moment after the answer).</summary>
    private static async Task<JsonObject> LineAsync(ServerProcess server, Func<JsonObject, bool> match, string what)
    {
        var deadline = DateTime.UtcNow + ServerProcess.RequestDeadline;
        while (true)
        {
            var found = server.StandardOutputLines.Select(ParseJsonLine).FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No log line for {what}:\n{server.Output}");
            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        workingDirectory.Delete(recursive: true);
    }
}
