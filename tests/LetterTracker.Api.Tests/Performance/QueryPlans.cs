using System.Text.RegularExpressions;
using LetterTracker.Api.Common.Access;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LetterTracker.Api.Tests.Performance;

/// <summary>One line of SQLite's EXPLAIN QUERY PLAN: its node, the node it belongs to, and what it says.</summary>
public sealed record PlanStep(int Id, int Parent, string Detail);

/// <summary>A statement the app ran and SQLite's plan for it, run again with the same parameters.</summary>
public sealed record ExplainedStatement(string Sql, IReadOnlyList<PlanStep> Plan)
{
    /// <summary>The plan as EXPLAIN QUERY PLAN prints it, indented by depth: for failure messages.</summary>
    public override string ToString()
    {
        var depth = new Dictionary<int, int> { [0] = -1 };
        var lines = Plan.Select(step =>
        {
            depth[step.Id] = depth.GetValueOrDefault(step.Parent, -1) + 1;
            return new string(' ', 2 * depth[step.Id]) + step.Detail;
        });
        return Sql + "\n--\n" + string.Join('\n', lines);
    }

    /// <summary>Steps that read one of these tables whole (SCAN, even of a covering index) rather than seeking (SEARCH).</summary>
    public IEnumerable<PlanStep> Scans(IEnumerable<string> tables) => Plan.Where(s => Reads(s, "SCAN", tables));

    /// <summary>Steps that read one of these tables at all, scanning or seeking.</summary>
    public IEnumerable<PlanStep> Reading(IEnumerable<string> tables) => Plan.Where(s => Reads(s, "SCAN", tables) || Reads(s, "SEARCH", tables));

    /// <summary>
    /// Sorts (USE TEMP B-TREE) in a query that reads one of these tables: the rows were not read in
    /// index order. "FOR LAST n TERMS OF ORDER BY" is not one: the rows come in order of the first
    /// terms, and only rows equal in those are sorted (the joined rows of one record).
    /// </summary>
    public IEnumerable<PlanStep> SortsOver(IEnumerable<string> tables) => Plan.Where(step =>
        step.Detail.StartsWith("USE TEMP B-TREE", StringComparison.Ordinal) && !step.Detail.Contains(" LAST ", StringComparison.Ordinal)
        && Plan.Any(sibling => sibling.Parent == step.Parent && (Reads(sibling, "SCAN", tables) || Reads(sibling, "SEARCH", tables))));

    /// <summary>Whether some step seeks or walks an index (or a primary key, or a full-text index).</summary>
    public bool UsesIndex => Plan.Any(s => Regex.IsMatch(s.Detail, "USING (COVERING |PRIMARY KEY |INTEGER PRIMARY KEY|INDEX)|VIRTUAL TABLE INDEX"));

    /// <summary>"SCAN Dispatches", "SEARCH d USING ...": SQLite names a table by its alias when the statement gives one.</summary>
    private bool Reads(PlanStep step, string verb, IEnumerable<string> tables)
    {
        var read = Regex.Match(step.Detail, $"^{verb} (\\S+)");
        return read.Success && tables.Any(table => read.Groups[1].Value == table || Aliases(table).Contains(read.Groups[1].Value));
    }

    /// <summary>The aliases the statement gives a table (FROM "Dispatches" AS "d").</summary>
    private HashSet<string> Aliases(string table) =>
        [.. Regex.Matches(Sql, $"\"{table}\" AS \"?(\\w+)\"?").Select(m => m.Groups[1].Value)];
}

/// <summary>
/// What SQL a request runs and how SQLite plans it: sends the request through the app with a
/// <see cref="DatabaseTraffic"/> on its DbContexts, then runs EXPLAIN QUERY PLAN on each captured
/// query (SELECT or WITH) against the same database with the same parameters.
/// </summary>
public static class QueryPlans
{
    /// <summary>The tables that grow with the data: a hot read must seek them, never scan or sort them.</summary>
    public static readonly string[] GrowingTables = ["Letters", "Dispatches", "DispatchEvents"];

    public static async Task<IReadOnlyList<ExplainedStatement>> ExplainAsync(LetterTrackerApp app, string path)
    {
        var traffic = new DatabaseTraffic();
        using var recording = traffic.Attach(app);
        using var client = recording.CreateClient();
        if (!client.DefaultRequestHeaders.Contains(ApiKeySecrets.Header))
        {
            client.DefaultRequestHeaders.Add(ApiKeySecrets.Header, LetterTrackerApp.AdminKey);
        }

        traffic.Reset(); // what starting the host ran is not the request's
        using var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return [.. traffic.Commands.Where(IsQuery).Select(command => Explain(app.ConnectionString, command))];
    }

    /// <summary>
    /// Asserts that every query of the request seeks an index and neither scans nor sorts the growing
    /// tables. A list's first page in an index's own order may walk that index from its start (SCAN
    /// ... USING INDEX, stopped by the LIMIT): name such indexes in walked.
    /// </summary>
    public static void AssertIndexed(IReadOnlyList<ExplainedStatement> statements, params string[] walked)
    {
        Assert.NotEmpty(statements);
        foreach (var statement in statements)
        {
            Assert.True(statement.UsesIndex, $"No index used:\n{statement}");
            var scans = statement.Scans(GrowingTables).Where(step => !walked.Any(index =>
                step.Detail.EndsWith($" USING INDEX {index}", StringComparison.Ordinal) && statement.Sql.Contains("LIMIT", StringComparison.Ordinal)));
            Assert.True(!scans.Any(), $"Scans a growing table:\n{statement}");
            Assert.True(!statement.SortsOver(GrowingTables).Any(), $"Sorts rows of a growing table:\n{statement}");
        }
    }

    private static bool IsQuery(CapturedCommand command)
    {
        var sql = command.Sql.TrimStart();
        return sql.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || sql.StartsWith("WITH", StringComparison.OrdinalIgnoreCase);
    }

    private static ExplainedStatement Explain(string connectionString, CapturedCommand command)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.Sql;
        foreach (var parameter in command.Parameters)
        {
            explain.Parameters.Add(new SqliteParameter(parameter.ParameterName, parameter.Value) { SqliteType = parameter.SqliteType, Size = parameter.Size });
        }

        var plan = new List<PlanStep>();
        using var reader = explain.ExecuteReader();
        while (reader.Read())
        {
            plan.Add(new PlanStep(reader.GetInt32(0), reader.GetInt32(1), reader.GetString(3)));
        }

        return new ExplainedStatement(command.Sql, plan);
    }
}
