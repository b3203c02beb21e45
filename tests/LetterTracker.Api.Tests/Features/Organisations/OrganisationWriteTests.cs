using System.Net;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Features.Organisations;

/// <summary>Create, replace, patch and delete an organisation over HTTP; each refusal with the right field and status.</summary>
public sealed class OrganisationWriteTests(SeededApp app) : IClassFixture<SeededApp>
{
    private const string Collection = "/api/organisations";
    private readonly HttpClient client = app.CreateClient();

    private static object NewOrganisation(string name) => new
    {
        name,
        aliases = new[] { "ACC Vienna" },
        kind = "diasporaOrganisation",
        city = "Vienna",
        email = "info@example.org",
    };

    [Fact]
    public async Task Create_get_replace_patch_delete_round_trip()
    {
        var created = await client.CreateAsync(Collection, NewOrganisation("Azerbaijani Cultural Centre Vienna"));
        var url = $"{Collection}/{created.Str("id")}";
        Assert.Equal("Vienna", created.Str("city"));
        Assert.Equal(["ACC Vienna"], created["aliases"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal(created.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());

        using var replaced = await client.PutJsonAsync(url, new { name = "Azerbaijani Cultural Centre", kind = "other", country = "Austria" }, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("\"2\"", replaced.Headers.ETag?.ToString());
        var afterPut = await replaced.ReadObjectAsync();
        Assert.Equal("other", afterPut.Str("kind"));
        Assert.Null(afterPut["city"]); // a PUT replaces: fields left out are cleared
        Assert.Empty(afterPut["aliases"]!.AsArray());

        using var patched = await client.PatchJsonAsync(url, new { city = "Vienna", country = (string?)null }, "\"2\"");
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var afterPatch = await patched.ReadObjectAsync();
        Assert.Equal("Vienna", afterPatch.Str("city"));
        Assert.Null(afterPatch["country"]); // null in a merge patch clears
        Assert.Equal("Azerbaijani Cultural Centre", afterPatch.Str("name")); // untouched fields stay
        Assert.Equal(3, afterPatch["version"]!.GetValue<long>());
        Assert.Equal(afterPatch.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());

        using var deleted = await client.DeleteAsync(url, "\"3\"");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory]
    [InlineData("""{"kind":"other"}""", "name")]
    [InlineData("""{"name":"  ","kind":"other"}""", "name")]
    [InlineData("""{"name":"A"}""", "kind")]
    [InlineData("""{"name":"A","kind":"club"}""", "kind")]
    [InlineData("""{"name":"A","kind":2}""", "kind")]
    [InlineData("""{"name":"A","kind":"other","email":"not-an-address"}""", "email")]
    [InlineData("""{"name":"A","kind":"other","website":"ftp://example.org"}""", "website")]
    [InlineData("""{"name":"A","kind":"other","aliases":["x","x"]}""", "aliases")]
    [InlineData("""{"name":"A","kind":"other","aliases":["x",""]}""", "aliases[1]")]
    [InlineData("""{"name":"A","kind":"other","aliases":"x"}""", "aliases")]
    [InlineData("""{"name":"A","kind":"other","founded":1990}""", "founded")]
    [InlineData("""{"name":"A","name":"B","kind":"other"}""", "name")]
    [InlineData("""{"name":"A","kind":"other",""", "body")]
    [InlineData("""[]""", "body")]
    public async Task Invalid_bodies_are_refused_with_the_field_named(string body, string field)
    {
        using var response = await client.PostJsonAsync(Collection, body);
        await response.AssertInvalidAsync(field);
    }

    [Fact]
    public async Task A_name_longer_than_the_column_is_refused()
    {
        using var response = await client.PostJsonAsync(Collection, new { name = new string('x', 301), kind = "other" });
        await response.AssertInvalidAsync("name");
    }

    [Fact]
    public async Task Writes_need_If_Match_and_refuse_a_stale_one_with_the_current_ETag()
    {
        var created = await client.CreateAsync(Collection, NewOrganisation("If-Match test organisation"));
        var url = $"{Collection}/{created.Str("id")}";

        using var withoutPut = await client.PutJsonAsync(url, NewOrganisation("x"), ifMatch: null);
        await ProblemAssert.IsProblemAsync(withoutPut, HttpStatusCode.PreconditionRequired);
        using var withoutPatch = await client.PatchJsonAsync(url, new { city = "x" }, ifMatch: null);
        await ProblemAssert.IsProblemAsync(withoutPatch, HttpStatusCode.PreconditionRequired);
        using var withoutDelete = await client.DeleteAsync(url, ifMatch: null);
        await ProblemAssert.IsProblemAsync(withoutDelete, HttpStatusCode.PreconditionRequired);

        using var stale = await client.PutJsonAsync(url, NewOrganisation("x"), "\"7\"");
        var problem = await ProblemAssert.IsProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal("\"1\"", stale.Headers.ETag?.ToString());
        Assert.Equal("\"1\"", problem.Str("currentETag"));

        // If-Match compares strongly (RFC 9110): a weak tag never matches, even the current one.
        using var weak = await client.PutJsonAsync(url, NewOrganisation("x"), "W/\"1\"");
        await ProblemAssert.IsProblemAsync(weak, HttpStatusCode.PreconditionFailed);

        // None of those changed anything.
        Assert.Equal(created.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }

    [Fact]
    public async Task Writes_to_an_unknown_id_are_404_problems()
    {
        var url = $"{Collection}/{Guid.CreateVersion7()}";
        using var put = await client.PutJsonAsync(url, NewOrganisation("x"), "\"1\"");
        await ProblemAssert.IsProblemAsync(put, HttpStatusCode.NotFound);
        using var patch = await client.PatchJsonAsync(url, new { city = "x" }, "\"1\"");
        await ProblemAssert.IsProblemAsync(patch, HttpStatusCode.NotFound);
        using var delete = await client.DeleteAsync(url, "\"1\"");
        await ProblemAssert.IsProblemAsync(delete, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Patch_takes_only_JSON_objects_with_known_fields()
    {
        var created = await client.CreateAsync(Collection, NewOrganisation("Patch test organisation"));
        var url = $"{Collection}/{created.Str("id")}";

        using var plainJson = await client.SendJsonAsync(HttpMethod.Patch, url, new { city = "x" }, "\"1\"", "text/plain");
        await ProblemAssert.IsProblemAsync(plainJson, HttpStatusCode.UnsupportedMediaType);
        using var unknown = await client.PatchJsonAsync(url, new { founded = 1990 }, "\"1\"");
        await unknown.AssertInvalidAsync("founded");
        using var array = await client.PatchJsonAsync(url, "[]", "\"1\"");
        await array.AssertInvalidAsync("body");
        using var clearsRequired = await client.PatchJsonAsync(url, new { name = (string?)null }, "\"1\"");
        await clearsRequired.AssertInvalidAsync("name");
        using var duplicate = await client.PatchJsonAsync(url, """{"city":"a","city":"b"}""", "\"1\"");
        await duplicate.AssertInvalidAsync("city");

        Assert.Equal(created.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }

    [Fact]
    public async Task An_organisation_that_signed_a_letter_cannot_be_deleted_and_the_409_says_why()
    {
        var listed = (await client.GetAllAsync(Collection)).First(o => o["signedLetterCount"]!.GetValue<int>() > 0);
        var url = $"{Collection}/{listed.Str("id")}";
        var signatory = await client.GetObjectAsync(url);

        using var response = await client.DeleteAsync(url, await client.ETagOfAsync(url));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        var references = problem["references"]!.AsArray();
        Assert.Contains(references, r => r.Str("type") == "letter");
        Assert.Contains(references, r => r.Str("type") == "citation");
        Assert.Contains("letter", problem.Str("detail"));
        Assert.Equal(signatory.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }
}
