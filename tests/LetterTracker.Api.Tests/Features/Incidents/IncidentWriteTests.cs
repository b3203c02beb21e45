using System.Net;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Features.Incidents;

/// <summary>Create, replace, patch and delete an incident over HTTP; each refusal with the right field and status.</summary>
/// <remarks>The test clock stands at 2025-05-01 09:00 UTC, so 2025-05-02 is in the future.</remarks>
public sealed class IncidentWriteTests(SeededApp app) : IClassFixture<SeededApp>
{
    private const string Collection = "/api/incidents";
    private readonly HttpClient client = app.CreateClient();

    private static object NewIncident(string title) => new
    {
        title,
        kind = "landmineExplosion",
        country = "Azerbaijan",
        district = "Aghdam",
        districtAliases = new[] { "Agdam" },
        occurredFrom = "2025-04-06",
        occurredTo = "2025-04-07",
        killed = (int?)null,
        injured = 0,
        description = "A mine explosion in the Aghdam district.",
    };

    [Fact]
    public async Task Create_get_replace_patch_delete_round_trip()
    {
        var created = await client.CreateAsync(Collection, NewIncident("Round trip incident"));
        var url = $"{Collection}/{created.Str("id")}";
        Assert.Equal("2025-04-06", created.Str("occurredFrom"));
        Assert.Equal("2025-04-07", created.Str("occurredTo"));
        Assert.Equal(["Agdam"], created["districtAliases"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Null(created["killed"]); // unknown stays unknown
        Assert.Equal(0, created["injured"]!.GetValue<int>()); // and a real 0 stays 0
        Assert.Null(created["civilian"]);
        Assert.Equal(1, created["version"]!.GetValue<long>());
        Assert.Equal(created.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());

        using var replaced = await client.PutJsonAsync(url, new
        {
            title = "Round trip incident, corrected",
            kind = "other",
            country = "Azerbaijan",
            district = "Jabrayil",
            occurredFrom = "2025-04-07",
            occurredTo = "2025-04-07",
            killed = 0,
            civilian = true,
            description = "One day, no deaths.",
        }, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("\"2\"", replaced.Headers.ETag?.ToString());
        var afterPut = await replaced.ReadObjectAsync();
        Assert.Equal("other", afterPut.Str("kind"));
        Assert.Equal("Jabrayil", afterPut.Str("district"));
        Assert.Equal(0, afterPut["killed"]!.GetValue<int>());
        Assert.Null(afterPut["injured"]); // a PUT replaces: left out is unknown, not 0
        Assert.True(afterPut["civilian"]!.GetValue<bool>());
        Assert.Empty(afterPut["districtAliases"]!.AsArray());
        Assert.Equal(2, afterPut["version"]!.GetValue<long>());

        using var patched = await client.PatchJsonAsync(url, new { place = "near Sarijali", killed = (int?)null, injured = 2 }, "\"2\"");
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal("\"3\"", patched.Headers.ETag?.ToString());
        var afterPatch = await patched.ReadObjectAsync();
        Assert.Equal("near Sarijali", afterPatch.Str("place"));
        Assert.Null(afterPatch["killed"]); // null in a merge patch clears back to unknown
        Assert.Equal(2, afterPatch["injured"]!.GetValue<int>());
        Assert.Equal("Round trip incident, corrected", afterPatch.Str("title")); // untouched fields stay
        Assert.Equal("2025-04-07", afterPatch.Str("occurredFrom"));
        Assert.True(afterPatch["civilian"]!.GetValue<bool>());
        Assert.Equal(3, afterPatch["version"]!.GetValue<long>());
        Assert.Equal(afterPatch.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());

        using var deleted = await client.DeleteAsync(url, "\"3\"");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Today_is_not_the_future()
    {
        var created = await client.CreateAsync(Collection, new
        {
            title = "Incident today",
            kind = "other",
            country = "Azerbaijan",
            district = "Aghdam",
            occurredFrom = "2025-05-01",
            occurredTo = "2025-05-01",
            description = "Happened on the test clock's day.",
        });
        Assert.Equal("2025-05-01", created.Str("occurredFrom"));
        Assert.Equal("[]", created["districtAliases"]!.ToJsonString()); // left out is an empty list
    }

    [Theory]
    [InlineData("""{"kind":"other","country":"C","district":"D","occurredFrom":"2025-04-06","occurredTo":"2025-04-07","description":"D"}""", "title")]
    [InlineData("""{"title":" ","kind":"other","country":"C","district":"D","occurredFrom":"2025-04-06","occurredTo":"2025-04-07","description":"D"}""", "title")]
    [InlineData("""{"title":"T","country":"C","district":"D","occurredFrom":"2025-04-06","occurredTo":"2025-04-07","description":"D"}""", "kind")]
    [InlineData("""{"title":"T","kind":"flood","country":"C","district":"D","occurredFrom":"2025-04-06","occurredTo":"2025-04-07","description":"D"}""", "kind")]
    [InlineData("""{"title":"T","kind":1,"country":"C","district":"D","occurredFrom":"2025-04-06","occurredTo":"2025-04-07","description":"D"}""", "kind")]
    [InlineData("""{"title":"T","kind":"other","district":"D","occurredFrom":"2025-04-06","occurredTo":"2025-04-07","description":"D"}""", "country")]
    [InlineData("""{"title":"T","kind":"other","country":"C","district":"","occurredFrom":"2025-04-06","occurredTo":"2025-04-07","description":"D"}""", "district")]
    [InlineData("""{"title":"T","kind":"other","country":"C","district":"D","occurredFrom":"2025-04-06","occurredTo":"2025-04-07"}""", "description")]
    [InlineData("""{"title":"T","kind":"other","country":"C","district":"D","occurredTo":"2025-04-07","description":"D"}""", "occurredFrom")]
    [InlineData("""{"title":"T","kind":"other","country":"C","district":"D","occurredFrom":"2025-04-06","description":"D"}""", "occurredTo")]
    [InlineData("""{"title":"T","kind":"other","country":"C","district":"D","occurredFrom":null,"occurredTo":"2025-04-07","description":"D"}""", "occurredFrom")]
    [InlineData("""{"title":"T","kind":"other","country":"C","district":"D","occurredFrom":"2025-04-08","occurredTo":"2025-04-07","description":"D"}""", "occurredTo")]
    [InlineData("""{"title":"T","kind":"other","country":"C","district":"D","occurredFrom":"2025-02-30","occurredTo":"2025-04-07","description":"D"}""", "occurredFrom")]
    [InlineData("""{"title":"T","kind":"other","country":"C","district":"D","occurredFrom":"6 April 2025","occurredTo":"2025-04-07","description":"D"}""", "occurredFrom")]
    [InlineData("""{"title":"T","kind":"other","country":"C","district":"D","occurredFrom":"2025-04-30","occurredTo":"2025-05-02","description":"D"}""", "occurredTo")]
    [InlineData("""{"title":"T","kind":"other","country":"C","district":"D","occurredFrom":"2025-05-02","occurredTo":"2025-05-02","description":"D"}""", "occurredFrom", "occurredTo")]
    [InlineData("""{"title":"T","kind":"other","country":"C","district":"D","occurredFrom":"2025-04-06","occurredTo":"2025-04-07","killed":-1,"description":"D"}""", "killed")]
    [InlineData("""{"title":"T","kind":"other","country":"C","district":"D","occurredFrom":"2025-04-06","occurredTo":"2025-04-07","injured":-3,"description":"D"}""", "injured")]
    [InlineData("""{"title":"T","kind":"other","country":"C","district":"D","occurredFrom":"2025-04-06","occurredTo":"2025-04-07","killed":1.5,"description":"D"}""", "killed")]
    [InlineData("""{"title":"T","kind":"other","country":"C","district":"D","occurredFrom":"2025-04-06","occurredTo":"2025-04-07","killed":"unknown","description":"D"}""", "killed")]
    [InlineData("""{"title":"T","kind":"other","country":"C","district":"D","occurredFrom":"2025-04-06","occurredTo":"2025-04-07","injured":"3","description":"D"}""", "injured")]
    [InlineData("""{"title":"T","kind":"other","country":"C","district":"D","occurredFrom":"2025-04-06","occurredTo":"2025-04-07","civilian":"yes","description":"D"}""", "civilian")]
    [InlineData("""{"title":"T","kind":"other","country":"C","district":"D","place":" ","occurredFrom":"2025-04-06","occurredTo":"2025-04-07","description":"D"}""", "place")]
    [InlineData("""{"title":"T","kind":"other","country":"C","district":"D","districtAliases":["Agdam","Agdam"],"occurredFrom":"2025-04-06","occurredTo":"2025-04-07","description":"D"}""", "districtAliases")]
    [InlineData("""{"title":"T","kind":"other","country":"C","district":"D","districtAliases":["Agdam",""],"occurredFrom":"2025-04-06","occurredTo":"2025-04-07","description":"D"}""", "districtAliases[1]")]
    [InlineData("""{"title":"T","kind":"other","country":"C","district":"D","districtAliases":null,"occurredFrom":"2025-04-06","occurredTo":"2025-04-07","description":"D"}""", "districtAliases")]
    [InlineData("""{"title":"T","kind":"other","country":"C","district":"D","occurredFrom":"2025-04-06","occurredTo":"2025-04-07","description":"D","date":"2025-04-06"}""", "date")]
    [InlineData("""{"title":"T","title":"U","kind":"other","country":"C","district":"D","occurredFrom":"2025-04-06","occurredTo":"2025-04-07","description":"D"}""", "title")]
    [InlineData("""{"title":"T",""", "body")]
    public async Task Invalid_bodies_are_refused_with_the_field_named(string body, params string[] fields)
    {
        using var response = await client.PostJsonAsync(Collection, body);
        await response.AssertInvalidAsync(fields);
    }

    [Fact]
    public async Task Texts_longer_than_their_columns_are_refused()
    {
        using var lengths = await client.PostJsonAsync(Collection, new
        {
            title = new string('t', 501),
            kind = "other",
            country = new string('c', 201),
            district = new string('d', 201),
            place = new string('p', 201),
            occurredFrom = "2025-04-06",
            occurredTo = "2025-04-06",
            description = new string('x', 4001),
        });
        await lengths.AssertInvalidAsync("title", "country", "district", "place", "description");
    }

    [Fact]
    public async Task A_refused_replace_or_patch_changes_nothing()
    {
        var created = await client.CreateAsync(Collection, NewIncident("Refusal test incident"));
        var url = $"{Collection}/{created.Str("id")}";

        using var backwards = await client.PatchJsonAsync(url, new { occurredTo = "2025-04-01" }, "\"1\"");
        await backwards.AssertInvalidAsync("occurredTo");
        using var future = await client.PatchJsonAsync(url, new { occurredFrom = "2025-05-02", occurredTo = "2025-05-03" }, "\"1\"");
        await future.AssertInvalidAsync("occurredFrom", "occurredTo");
        using var negative = await client.PatchJsonAsync(url, new { killed = -1, injured = -1 }, "\"1\"");
        await negative.AssertInvalidAsync("killed", "injured");
        using var clearsRequired = await client.PatchJsonAsync(url, new { occurredFrom = (string?)null, description = (string?)null }, "\"1\"");
        await clearsRequired.AssertInvalidAsync("occurredFrom", "description");
        using var unknown = await client.PatchJsonAsync(url, new { deaths = 3 }, "\"1\"");
        await unknown.AssertInvalidAsync("deaths");
        using var putMissingDates = await client.PutJsonAsync(url, new { title = "T", kind = "other", country = "C", district = "D", description = "D" }, "\"1\"");
        await putMissingDates.AssertInvalidAsync("occurredFrom", "occurredTo");

        Assert.Equal(created.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }

    [Fact]
    public async Task Writes_need_If_Match_and_refuse_a_stale_one_with_the_current_ETag()
    {
        var created = await client.CreateAsync(Collection, NewIncident("If-Match test incident"));
        var url = $"{Collection}/{created.Str("id")}";

        using var withoutPut = await client.PutJsonAsync(url, NewIncident("x"), ifMatch: null);
        await ProblemAssert.IsProblemAsync(withoutPut, HttpStatusCode.PreconditionRequired);
        using var withoutPatch = await client.PatchJsonAsync(url, new { place = "x" }, ifMatch: null);
        await ProblemAssert.IsProblemAsync(withoutPatch, HttpStatusCode.PreconditionRequired);
        using var withoutDelete = await client.DeleteAsync(url, ifMatch: null);
        await ProblemAssert.IsProblemAsync(withoutDelete, HttpStatusCode.PreconditionRequired);

        using var stalePut = await client.PutJsonAsync(url, NewIncident("x"), "\"7\"");
        var problem = await ProblemAssert.IsProblemAsync(stalePut, HttpStatusCode.PreconditionFailed);
        Assert.Equal("\"1\"", stalePut.Headers.ETag?.ToString());
        Assert.Equal("\"1\"", problem.Str("currentETag"));
        using var stalePatch = await client.PatchJsonAsync(url, new { place = "x" }, "\"0\"");
        await ProblemAssert.IsProblemAsync(stalePatch, HttpStatusCode.PreconditionFailed);
        using var staleDelete = await client.DeleteAsync(url, "\"2\"");
        await ProblemAssert.IsProblemAsync(staleDelete, HttpStatusCode.PreconditionFailed);

        Assert.Equal(created.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }

    [Fact]
    public async Task Writes_to_an_unknown_id_are_404_problems()
    {
        var url = $"{Collection}/{Guid.CreateVersion7()}";
        using var put = await client.PutJsonAsync(url, NewIncident("x"), "\"1\"");
        await ProblemAssert.IsProblemAsync(put, HttpStatusCode.NotFound);
        using var patch = await client.PatchJsonAsync(url, new { place = "x" }, "\"1\"");
        await ProblemAssert.IsProblemAsync(patch, HttpStatusCode.NotFound);
        using var delete = await client.DeleteAsync(url, "\"1\"");
        await ProblemAssert.IsProblemAsync(delete, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_incident_letters_are_about_cannot_be_deleted_and_the_409_says_why()
    {
        var listed = (await client.GetAllAsync(Collection)).First(i => i.Str("district") == "Aghdam" && i["letterCount"]!.GetValue<int>() > 0);
        var url = $"{Collection}/{listed.Str("id")}";
        var aghdam = await client.GetObjectAsync(url);

        using var response = await client.DeleteAsync(url, await client.ETagOfAsync(url));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        var references = problem["references"]!.AsArray();
        Assert.Contains(references, r => r.Str("type") == "letter" && r.Str("id") == aghdam["letters"]![0].Str("id"));
        Assert.Contains(references, r => r.Str("type") == "citation");
        Assert.Contains("letter", problem.Str("detail"));
        Assert.Equal(aghdam.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }
}
