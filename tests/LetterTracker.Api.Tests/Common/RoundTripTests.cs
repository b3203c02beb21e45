using System.Net;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Common;

/// <summary>
/// GET a record, change a field, send it back: a change may carry the record as a GET shows it. Its
/// read-only fields (id, version, createdAt, counts, related records shown whole) are ignored when they
/// hold the record's values and refused, keyed by the field, when they do not.
/// </summary>
public sealed class RoundTripTests
{
    [Theory]
    [InlineData("/api/sources", "attribution", "Round trip attribution", "Patched attribution")]
    [InlineData("/api/citations", "field", "name", "acronym")]
    [InlineData("/api/incidents", "place", "Round trip place", "Patched place")]
    [InlineData("/api/casualty-figures", "reportedBy", "Round trip reporter", "Patched reporter")]
    [InlineData("/api/organisations", "city", "Round trip city", "Patched city")]
    [InlineData("/api/recipients", "email", "round.trip@example.org", "patched@example.org")]
    [InlineData("/api/letters", "summary", "Round trip summary", "Patched summary")]
    [InlineData("/api/dispatches", "deliveryRef", "ROUND-TRIP-1", "PATCHED-2")]
    public async Task A_record_as_read_with_one_field_changed_is_accepted_by_PUT_and_by_PATCH(string collection, string field, string value, string patchedValue)
    {
        using var app = new LetterTrackerApp();
        using var client = app.CreateClient();
        // The seeded record showing the most: a recipient with its parent shown whole, the letter with its
        // dispatches; a citation of a recipient, whose field may be name or acronym.
        var items = await client.GetAllAsync(collection);
        var id = (items.FirstOrDefault(i => i["parent"] is JsonObject || i.StrOrNull("recordType") == "recipient") ?? items[0]).Str("id");
        var url = $"{collection}/{id}";

        using var read = await client.GetAsync(url);
        var record = await read.ReadObjectAsync();
        record[field] = value;
        using var replaced = await client.PutJsonAsync(url, record, read.Headers.ETag!.ToString());
        var afterPut = await replaced.Content.ReadAsStringAsync();
        Assert.True(replaced.StatusCode == HttpStatusCode.OK, $"PUT {url} answered {(int)replaced.StatusCode}: {afterPut}");
        var put = JsonNode.Parse(afterPut)!.AsObject();
        Assert.Equal(value, put.Str(field));
        Assert.Equal(record["version"]!.GetValue<long>() + 1, put["version"]!.GetValue<long>());

        // The answer to the PUT, changed again, as a merge patch sent as plain JSON.
        put[field] = patchedValue;
        using var patched = await client.SendJsonAsync(HttpMethod.Patch, url, put, replaced.Headers.ETag!.ToString(), "application/json");
        var afterPatch = await patched.Content.ReadAsStringAsync();
        Assert.True(patched.StatusCode == HttpStatusCode.OK, $"PATCH {url} answered {(int)patched.StatusCode}: {afterPatch}");
        Assert.Equal(patchedValue, JsonNode.Parse(afterPatch).Str(field));
    }

    [Fact]
    public async Task Read_only_fields_that_contradict_the_record_are_refused_together_and_change_nothing()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        var created = await client.CreateAsync("/api/organisations", new { name = "Round trip organisation", kind = "other" });
        var url = $"/api/organisations/{created.Str("id")}";
        var other = Guid.CreateVersion7().ToString();

        var body = created.DeepClone().AsObject();
        body["city"] = "Vienna";
        body["id"] = other;
        body["version"] = 7;
        body["createdAt"] = "2001-01-01T00:00:00+00:00";
        using var response = await client.PutJsonAsync(url, body, "\"1\"");
        var problem = await response.AssertInvalidAsync("id", "version", "createdAt");
        var errors = problem["errors"]!;
        Assert.Equal($"'id' is \"{other}\", but this record is \"{created.Str("id")}\": send its own id, or leave it out.", errors["id"]![0]!.GetValue<string>());
        Assert.Contains("the record is at version 1", errors["version"]![0]!.GetValue<string>());
        Assert.Contains("\"2001-01-01T00:00:00+00:00\" is not its value on this record", errors["createdAt"]![0]!.GetValue<string>());
        Assert.False(response.Headers.Contains("ETag")); // a refusal is not the record
        Assert.Equal(created.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }

    [Fact]
    public async Task A_related_record_shown_whole_is_read_only_and_the_refusal_names_the_field_that_changes_it()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        var parent = await client.CreateAsync("/api/recipients", new { name = "Round trip parent", kind = "ngo" });
        var branch = await client.CreateAsync("/api/recipients", new { name = "Round trip branch", kind = "ngo", parentId = parent.Str("id") });
        var url = $"/api/recipients/{branch.Str("id")}";

        var body = branch.DeepClone().AsObject();
        body["parent"]!["name"] = "Renamed through the branch";
        using var response = await client.PutJsonAsync(url, body, "\"1\"");
        var problem = await response.AssertInvalidAsync("parent");
        Assert.EndsWith("To change it, send 'parentId'.", problem["errors"]!["parent"]![0]!.GetValue<string>());

        // Cleared by a merge patch, it contradicts the record as well; left as it is, it is ignored.
        using var cleared = await client.PatchJsonAsync(url, new { parent = (object?)null }, "\"1\"");
        await cleared.AssertInvalidAsync("parent");
        using var unchanged = await client.PatchJsonAsync(url, new { parent = new { name = "Round trip parent" }, acronym = "RTB" }, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, unchanged.StatusCode);
        var patched = await unchanged.ReadObjectAsync();
        Assert.Equal("Round trip parent", patched["parent"].Str("name"));
        // Whole, as read: its null acronym merges as "remove", and a member left out is the same as a null one.
        Assert.Null(patched["parent"]!["acronym"]);
        using var whole = await client.PatchJsonAsync(url, new { parent = patched["parent"], country = "Norway" }, "\"2\"");
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        var withoutNulls = new JsonObject { ["id"] = parent.Str("id"), ["name"] = "Round trip parent" };
        var asRead = (await whole.ReadObjectAsync()).DeepClone().AsObject();
        asRead["parent"] = withoutNulls;
        using var replaced = await client.PutJsonAsync(url, asRead, "\"3\"");
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
    }

    [Fact]
    public async Task Instants_and_numbers_match_however_the_client_writes_them_back()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        var created = await client.CreateAsync("/api/organisations", new { name = "Reserialized organisation", kind = "other" });
        Assert.Equal("2025-05-01T09:00:00+00:00", created.Str("createdAt")); // the test clock

        var body = created.DeepClone().AsObject();
        body["createdAt"] = "2025-05-01T11:00:00.000+02:00"; // the same moment, as another serializer writes it
        body["version"] = JsonNode.Parse("1.0");
        body["city"] = "Baku";
        using var response = await client.PutJsonAsync($"/api/organisations/{created.Str("id")}", body, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Baku", (await response.ReadObjectAsync()).Str("city"));
    }

    [Fact]
    public async Task Unknown_fields_are_still_refused_beside_the_read_only_ones()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        var created = await client.CreateAsync("/api/organisations", new { name = "Unknown field organisation", kind = "other" });
        var body = created.DeepClone().AsObject();
        body["nmae"] = "Typo";
        body["Name"] = "Wrong case";

        using var response = await client.PutJsonAsync($"/api/organisations/{created.Str("id")}", body, "\"1\"");
        var problem = await response.AssertInvalidAsync("nmae", "Name");
        Assert.Equal("'nmae' is not a field this resource has.", problem["errors"]!["nmae"]![0]!.GetValue<string>());
        Assert.Equal("'Name' is not a field this resource has; names are camelCase, as in 'name'.", problem["errors"]!["Name"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_new_record_takes_no_read_only_field()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        using var response = await client.PostJsonAsync("/api/organisations",
            new { id = Guid.CreateVersion7(), name = "Copied organisation", kind = "other", version = 1, signedLetterCount = 0 });
        var problem = await response.AssertInvalidAsync("id", "version", "signedLetterCount");
        Assert.Equal("'id' is read-only and set by the server: leave it out when creating a record.", problem["errors"]!["id"]![0]!.GetValue<string>());
        Assert.Empty(await client.GetAllAsync("/api/organisations"));
    }

    [Fact]
    public async Task Patch_takes_plain_JSON_as_a_merge_patch_and_names_both_media_types_when_refusing_another()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        var created = await client.CreateAsync("/api/organisations", new { name = "Plain JSON patch", kind = "other", city = "Prague" });
        var url = $"/api/organisations/{created.Str("id")}";

        using var plain = await client.SendJsonAsync(HttpMethod.Patch, url, new { country = "Czechia" }, "\"1\"", "application/json");
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        var patched = await plain.ReadObjectAsync();
        Assert.Equal("Czechia", patched.Str("country"));
        Assert.Equal("Prague", patched.Str("city")); // a merge patch, not a replacement

        using var text = await client.SendJsonAsync(HttpMethod.Patch, url, new { country = "Austria" }, "\"2\"", "text/plain");
        var problem = await ProblemAssert.IsProblemAsync(text, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal($"PATCH {url} does not take the content type 'text/plain': send application/merge-patch+json or application/json.", problem.Str("detail"));
        using var post = await client.SendJsonAsync(HttpMethod.Post, "/api/organisations", new { name = "x", kind = "other" }, contentType: "text/plain");
        problem = await ProblemAssert.IsProblemAsync(post, HttpStatusCode.UnsupportedMediaType);
        Assert.EndsWith("send application/json.", problem.Str("detail"));
    }
}
