using System.Net;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Common;

/// <summary>
/// A body's errors come all at once, in one 400 keyed by field: wrong types, unknown fields and the
/// rules, each message saying what the field takes. POST, PUT and PATCH read bodies the same way.
/// </summary>
public sealed class BodyErrorTests : IDisposable
{
    private readonly LetterTrackerApp app = new(seed: false);
    private readonly HttpClient client;

    public BodyErrorTests() => client = app.CreateClient();

    private static string Error(JsonObject problem, string field) => problem["errors"]![field]![0]!.GetValue<string>();

    [Fact]
    public async Task Type_errors_unknown_fields_and_rule_failures_come_together_each_saying_what_was_expected()
    {
        using var response = await client.PostJsonAsync("/api/incidents", """
            {
              "title": 5,
              "kind": "landmineExplosoin",
              "country": "Azerbaijan",
              "district": "Aghdam",
              "occurredFrom": "2026-02-30",
              "occurredTo": "2025-04-07",
              "killed": 10.5,
              "injured": -1,
              "civilian": "yes",
              "description": " ",
              "nmae": "typo"
            }
            """);

        var problem = await response.AssertInvalidAsync("title", "kind", "occurredFrom", "killed", "injured", "civilian", "description", "nmae");
        Assert.Equal("'title' must be a string; 5 is not.", Error(problem, "title"));
        Assert.Equal("'kind' must be one of: landmineExplosion, other; \"landmineExplosoin\" is not.", Error(problem, "kind"));
        Assert.Equal("'occurredFrom' must be a date such as 2025-04-06; \"2026-02-30\" is not.", Error(problem, "occurredFrom"));
        Assert.Equal("'killed' must be a whole number; 10.5 is not.", Error(problem, "killed"));
        Assert.Equal("'civilian' must be true or false; \"yes\" is not.", Error(problem, "civilian"));
        Assert.Equal("'injured' must be 0 or more, or null when no source gives a number.", Error(problem, "injured")); // a rule
        Assert.Equal("'description' is required and must not be blank.", Error(problem, "description")); // a rule
        Assert.Equal("'nmae' is not a field this resource has.", Error(problem, "nmae"));
        // A field the body had wrong gets its own error only, not the rules' verdict on a value it did not send.
        Assert.Single(problem["errors"]!["kind"]!.AsArray());
        Assert.Single(problem["errors"]!["occurredFrom"]!.AsArray());
        Assert.Contains("occurredFrom: 'occurredFrom' must be a date", problem.Str("detail"));
        Assert.Empty(await client.GetAllAsync("/api/incidents"));
    }

    [Fact]
    public async Task The_reader_stays_strict_and_names_each_entry_of_a_list()
    {
        using var response = await client.PostJsonAsync("/api/letters", $$"""
            {
              "subject": "Strict reading",
              "status": 1,
              "sentOn": "2025-04-10T09:30:00+02:00",
              "signatoryIds": ["{{Guid.CreateVersion7()}}", "not-a-uuid", 7],
              "demands": "one demand",
              "incidentIds": null
            }
            """);

        // A list with an entry that cannot be read is left out whole, so its rules (ids that exist) wait for the next try.
        var problem = await response.AssertInvalidAsync("status", "sentOn", "signatoryIds[1]", "signatoryIds[2]", "demands", "incidentIds");
        Assert.Equal("'status' must be one of: draft, sent, closed; 1 is not.", Error(problem, "status"));
        Assert.Equal("'sentOn' must be a date such as 2025-04-06; \"2025-04-10T09:30:00+02:00\" is not.", Error(problem, "sentOn"));
        Assert.Equal("'signatoryIds[1]' must be a UUID such as 01a201be-96aa-71d6-8477-e5f9c419cb30; \"not-a-uuid\" is not.", Error(problem, "signatoryIds[1]"));
        Assert.Equal("'signatoryIds[2]' must be a UUID such as 01a201be-96aa-71d6-8477-e5f9c419cb30; 7 is not.", Error(problem, "signatoryIds[2]"));
        Assert.Equal("'demands' must be a list of strings; \"one demand\" is not.", Error(problem, "demands"));
        Assert.Equal("'incidentIds' must be a list (send [] for none).", Error(problem, "incidentIds"));
    }

    [Theory]
    [InlineData("LandmineExplosion")] // the C# name, as a generated client may send it
    [InlineData("LANDMINEEXPLOSION")]
    [InlineData("landmineexplosion")]
    public async Task An_enum_value_is_read_only_as_the_API_writes_it(string kind)
    {
        using var response = await client.PostJsonAsync("/api/incidents", $$"""
            {"title":"Enum spelling","kind":"{{kind}}","country":"Azerbaijan","district":"Aghdam","districtAliases":[],
             "occurredFrom":"2025-04-06","occurredTo":"2025-04-06","description":"An enum value in another case."}
            """);

        var problem = await response.AssertInvalidAsync("kind");
        Assert.Equal($"'kind' must be one of: landmineExplosion, other; \"{kind}\" is not.", Error(problem, "kind"));
    }

    [Theory]
    [InlineData("\"393\"", "'value' must be a whole number; \"393\" is not.")] // never a number read from a string
    [InlineData("99999999999", "'value' must be a whole number from -2147483648 to 2147483647; 99999999999 is not.")]
    [InlineData("1e3", "'value' must be a whole number; 1e3 is not.")]
    [InlineData("null", "'value' is required.")] // a rule: null is a value the field's type holds
    public async Task A_whole_number_is_read_only_from_a_JSON_whole_number_in_range(string value, string error)
    {
        using var response = await client.PostJsonAsync("/api/casualty-figures",
            $$"""{"description":"Killed or injured since November 2020","measure":"killedOrInjured","value":{{value}}}""");
        var problem = await response.AssertInvalidAsync("value");
        Assert.Equal(error, Error(problem, "value"));
    }

    [Fact]
    public async Task An_instant_without_an_offset_is_refused_saying_what_an_instant_is()
    {
        var letter = await client.CreateAsync("/api/letters", new { subject = "Instants", status = "sent", sentOn = "2025-04-10" });
        var recipient = await client.CreateAsync("/api/recipients", new { name = "Instant recipient", kind = "ngo" });
        var dispatch = await client.CreateAsync("/api/dispatches", new { letterId = letter.Str("id"), recipientId = recipient.Str("id") });

        using var response = await client.PostJsonAsync($"/api/dispatches/{dispatch.Str("id")}/events", new { type = "deliverd", at = "2025-04-10T09:30:00" });
        var problem = await response.AssertInvalidAsync("type", "at");
        Assert.Equal("'at' must be an instant with an offset such as 2025-04-10T09:30:00+02:00; \"2025-04-10T09:30:00\" is not.", Error(problem, "at"));
        Assert.StartsWith("'type' must be one of: sent, delivered, acknowledged, followUpSent, responded, referred, declined, closed, note;", Error(problem, "type"));
    }

    [Fact]
    public async Task Put_and_patch_report_every_error_at_once_too_and_change_nothing()
    {
        var created = await client.CreateAsync("/api/recipients", new { name = "All at once", kind = "ngo" });
        var url = $"/api/recipients/{created.Str("id")}";

        using var put = await client.PutJsonAsync(url, new { name = "", kind = "bank", responseDays = 1.5, email = "not an address" }, "\"1\"");
        var problem = await put.AssertInvalidAsync("name", "kind", "responseDays", "email");
        Assert.Equal("'kind' must be one of: unAgency, euInstitution, intergovernmental, ngo, media; \"bank\" is not.", Error(problem, "kind"));
        Assert.Equal("'responseDays' must be a whole number; 1.5 is not.", Error(problem, "responseDays"));

        using var patch = await client.PatchJsonAsync(url, new { kind = "bank", responseDays = 0, parentId = "abc", fax = "+49" }, "\"1\"");
        problem = await patch.AssertInvalidAsync("kind", "responseDays", "parentId", "fax");
        Assert.Equal("'responseDays' must be between 1 and 3650 days, or null for the configured default.", Error(problem, "responseDays"));
        Assert.Equal(created.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
    }
}
