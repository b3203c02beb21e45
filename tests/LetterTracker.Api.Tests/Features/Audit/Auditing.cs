using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Features.Audit;

/// <summary>Reading the audit trail as a client does, and comparing its JSON exactly.</summary>
public static class Auditing
{
    /// <summary>Every entry about one record, newest first.</summary>
    public static Task<List<JsonObject>> HistoryAsync(this HttpClient client, string resource, string id) =>
        client.GetAllAsync($"/api/audit?resource={resource}&id={id}");

    /// <summary>Asserts the JSON is the expected JSON (same members, values and order of arrays; member order aside).</summary>
    public static void Is(string? expected, JsonNode? actual)
    {
        var wanted = expected is null ? null : JsonNode.Parse(expected);
        Assert.True(JsonNode.DeepEquals(wanted, actual), $"Expected {wanted?.ToJsonString() ?? "null"}, got {actual?.ToJsonString() ?? "null"}");
    }

    /// <summary>Asserts one entry's action, record, caller and before/after.</summary>
    public static void IsEntry(JsonObject entry, string action, string resource, string recordId, string? before, string? after)
    {
        Assert.Equal(action, entry.Str("action"));
        Assert.Equal(resource, entry.Str("resource"));
        Assert.Equal(recordId, entry.Str("recordId"));
        Is(before, entry["before"]);
        Is(after, entry["after"]);
    }
}
