using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LetterTracker.Api.Tests.Infrastructure;

/// <summary>Reading responses as plain JSON, as an outside client would, not through the API's own types.</summary>
public static class Json
{
    public static async Task<JsonObject> ReadObjectAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())
        ?? throw new InvalidOperationException("The response body is empty.");

    public static async Task<JsonObject> GetObjectAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadObjectAsync();
    }

    /// <summary>Every item of a list, following nextCursor to the end.</summary>
    /// <summary>Every record of a collection in full: lists answer summaries, so each listed record is read again by its id.</summary>
    public static async Task<List<JsonObject>> GetAllRecordsAsync(this HttpClient client, string collection)
    {
        var records = new List<JsonObject>();
        foreach (var item in await client.GetAllAsync(collection))
        {
            records.Add(await client.GetObjectAsync($"{collection.Split('?')[0]}/{item.Str("id")}"));
        }

        return records;
    }

    public static async Task<List<JsonObject>> GetAllAsync(this HttpClient client, string url, int limit = 200)
    {
        var items = new List<JsonObject>();
        var separator = url.Contains('?') ? '&' : '?';
        string? cursor = null;
        do
        {
            var page = await client.GetObjectAsync($"{url}{separator}limit={limit}" + (cursor is null ? "" : $"&cursor={cursor}"));
            items.AddRange(page["items"]!.AsArray().Select(i => i!.AsObject()));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);
        return items;
    }

    public static string Str(this JsonNode? node, string property) =>
        node?[property]?.GetValue<string>() ?? throw new InvalidOperationException($"'{property}' is missing or null in {node?.ToJsonString()}");

    public static string? StrOrNull(this JsonNode? node, string property) =>
        node?[property] is JsonValue value ? value.GetValue<string>() : null;

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
