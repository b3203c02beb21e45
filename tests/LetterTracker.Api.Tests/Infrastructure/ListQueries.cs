using LetterTracker.Api.Tests.Database;

namespace LetterTracker.Api.Tests.Infrastructure;

/// <summary>Checking what a filtered, sorted list returns, over every page.</summary>
public static class ListQueries
{
    /// <summary>
    /// Asserts the list at <paramref name="url"/> holds exactly these ids in this order, read in pages
    /// of 1, 2, 3 and 200: every page boundary falls somewhere else, so a cursor that loses or repeats a
    /// record, or jumps a tie or the line between records with and without the sort key, shows.
    /// </summary>
    public static async Task AssertListAsync(this HttpClient client, string url, params string[] expected)
    {
        foreach (var limit in new[] { 1, 2, 3, 200 })
        {
            var ids = (await client.GetAllAsync(url, limit)).Select(i => i.Str("id")).ToList();
            Assert.True(expected.SequenceEqual(ids),
                $"GET {url} (limit={limit}):\n  expected [{string.Join(", ", expected)}]\n  got      [{string.Join(", ", ids)}]");
        }
    }

    /// <summary>Ids in the order of the id, which is creation order (UUIDv7); the text order is the database's.</summary>
    public static string[] ById(params string[] ids) => [.. ids.Order(StringComparer.Ordinal)];

    public static string[] ByIdDescending(params string[] ids) => [.. ids.Order(StringComparer.Ordinal).Reverse()];

    /// <summary>A cursor as a client could forge one: base64url of any JSON.</summary>
    public static string ForgedCursor(string json) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Asserts a 400 problem keyed by exactly this parameter.</summary>
    public static async Task AssertRefusedAsync(this HttpClient client, string url, string parameter)
    {
        using var response = await client.GetAsync(url);
        await response.AssertInvalidAsync(parameter);
    }

    /// <summary>An unseeded app over a fresh PostgreSQL database (dispose the database after the app).</summary>
    public static LetterTrackerApp PostgresApp(PostgresTestDatabase database) => new(seed: false, settings: new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:LetterTracker"] = database.ConnectionString,
    });
}
