using System.Net;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Features.CasualtyFigures;

/// <summary>Create, replace, patch and delete a casualty figure over HTTP; each refusal with the right field and status.</summary>
/// <remarks>The test clock stands at 2025-05-01 09:00 UTC, so 2025-05-02 is in the future.</remarks>
public sealed class CasualtyFigureWriteTests(SeededApp app) : IClassFixture<SeededApp>
{
    private const string Collection = "/api/casualty-figures";
    private readonly HttpClient client = app.CreateClient();

    private static object NewFigure(string description) => new
    {
        description,
        measure = "killedOrInjured",
        value = 393,
        periodFrom = "2020-11",
        asOf = "2025-04-14",
    };

    [Fact]
    public async Task Create_get_replace_patch_delete_round_trip()
    {
        var created = await client.CreateAsync(Collection, NewFigure("Round trip figure"));
        var url = $"{Collection}/{created.Str("id")}";
        Assert.Equal("killedOrInjured", created.Str("measure"));
        Assert.Equal(393, created["value"]!.GetValue<int>());
        Assert.Equal("2020-11", created.Str("periodFrom")); // the precision the source gives, no day invented
        Assert.Equal("2025-04-14", created.Str("asOf"));
        Assert.Null(created["reportedBy"]);
        Assert.Equal(created.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());

        using var replaced = await client.PutJsonAsync(url, new
        {
            description = "Round trip figure, killed only",
            measure = "killed",
            value = 0,
            periodFrom = "2020",
            reportedBy = "ANAMA",
        }, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("\"2\"", replaced.Headers.ETag?.ToString());
        var afterPut = await replaced.ReadObjectAsync();
        Assert.Equal("killed", afterPut.Str("measure"));
        Assert.Equal(0, afterPut["value"]!.GetValue<int>());
        Assert.Equal("2020", afterPut.Str("periodFrom"));
        Assert.Null(afterPut["asOf"]); // a PUT replaces: fields left out are cleared
        Assert.Equal("ANAMA", afterPut.Str("reportedBy"));

        using var patched = await client.PatchJsonAsync(url, new { periodFrom = "2020-11-10", reportedBy = (string?)null, asOf = "2025-05-01" }, "\"2\"");
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var afterPatch = await patched.ReadObjectAsync();
        Assert.Equal("2020-11-10", afterPatch.Str("periodFrom"));
        Assert.Equal("2025-05-01", afterPatch.Str("asOf")); // today is not the future
        Assert.Null(afterPatch["reportedBy"]); // null in a merge patch clears
        Assert.Equal(0, afterPatch["value"]!.GetValue<int>()); // untouched fields stay, 0 as 0
        Assert.Equal("Round trip figure, killed only", afterPatch.Str("description"));
        Assert.Equal(3, afterPatch["version"]!.GetValue<long>());
        Assert.Equal(afterPatch.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());

        using var deleted = await client.DeleteAsync(url, "\"3\"");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory]
    [InlineData("2020")]
    [InlineData("2020-11")]
    [InlineData("2020-11-10")]
    [InlineData("2024-02-29")]
    [InlineData("2025-05-01")]
    public async Task PeriodFrom_takes_a_real_date_at_year_month_or_day_precision(string periodFrom)
    {
        var created = await client.CreateAsync(Collection, new { description = $"Since {periodFrom}", measure = "injured", value = 1, periodFrom });
        Assert.Equal(periodFrom, created.Str("periodFrom"));
    }

    [Theory]
    [InlineData("""{"measure":"killed","value":1}""", "description")]
    [InlineData("""{"description":"  ","measure":"killed","value":1}""", "description")]
    [InlineData("""{"description":"D","value":1}""", "measure")]
    [InlineData("""{"description":"D","measure":"dead","value":1}""", "measure")]
    [InlineData("""{"description":"D","measure":0,"value":1}""", "measure")]
    [InlineData("""{"description":"D","measure":"killed"}""", "value")]
    [InlineData("""{"description":"D","measure":"killed","value":null}""", "value")]
    [InlineData("""{"description":"D","measure":"killed","value":-1}""", "value")]
    [InlineData("""{"description":"D","measure":"killed","value":"393"}""", "value")]
    [InlineData("""{"description":"D","measure":"killed","value":39.3}""", "value")]
    [InlineData("""{"description":"D","measure":"killed","value":1,"periodFrom":"2020-13"}""", "periodFrom")]
    [InlineData("""{"description":"D","measure":"killed","value":1,"periodFrom":"2020-02-30"}""", "periodFrom")]
    [InlineData("""{"description":"D","measure":"killed","value":1,"periodFrom":"2023-02-29"}""", "periodFrom")]
    [InlineData("""{"description":"D","measure":"killed","value":1,"periodFrom":"Nov 2020"}""", "periodFrom")]
    [InlineData("""{"description":"D","measure":"killed","value":1,"periodFrom":"2020-1"}""", "periodFrom")]
    [InlineData("""{"description":"D","measure":"killed","value":1,"periodFrom":"2020-00"}""", "periodFrom")]
    [InlineData("""{"description":"D","measure":"killed","value":1,"periodFrom":"0000"}""", "periodFrom")]
    [InlineData("""{"description":"D","measure":"killed","value":1,"periodFrom":"20201110"}""", "periodFrom")]
    [InlineData("""{"description":"D","measure":"killed","value":1,"periodFrom":"2020-11-10T00:00:00Z"}""", "periodFrom")]
    [InlineData("""{"description":"D","measure":"killed","value":1,"periodFrom":" 2020"}""", "periodFrom")]
    [InlineData("""{"description":"D","measure":"killed","value":1,"periodFrom":""}""", "periodFrom")]
    [InlineData("""{"description":"D","measure":"killed","value":1,"periodFrom":2020}""", "periodFrom")]
    [InlineData("""{"description":"D","measure":"killed","value":1,"periodFrom":"2025-05-02"}""", "periodFrom")]
    [InlineData("""{"description":"D","measure":"killed","value":1,"periodFrom":"2026"}""", "periodFrom")]
    [InlineData("""{"description":"D","measure":"killed","value":1,"periodFrom":"2025-04","asOf":"2025-03-31"}""", "periodFrom")]
    [InlineData("""{"description":"D","measure":"killed","value":1,"asOf":"2025-05-02"}""", "asOf")]
    [InlineData("""{"description":"D","measure":"killed","value":1,"asOf":"2025-02-30"}""", "asOf")]
    [InlineData("""{"description":"D","measure":"killed","value":1,"reportedBy":""}""", "reportedBy")]
    [InlineData("""{"description":"D","measure":"killed","value":1,"source":"Azernews"}""", "source")]
    [InlineData("""{"description":"D","measure":"killed","value":1,"value":2}""", "value")]
    [InlineData("""{"description":"D",""", "body")]
    [InlineData("""[]""", "body")]
    public async Task Invalid_bodies_are_refused_with_the_field_named(string body, string field)
    {
        using var response = await client.PostJsonAsync(Collection, body);
        await response.AssertInvalidAsync(field);
    }

    [Fact]
    public async Task Texts_longer_than_their_columns_are_refused()
    {
        using var response = await client.PostJsonAsync(Collection, new
        {
            description = new string('x', 4001),
            measure = "killed",
            value = 1,
            reportedBy = new string('r', 301),
        });
        await response.AssertInvalidAsync("description", "reportedBy");
    }

    [Fact]
    public async Task A_refused_replace_or_patch_changes_nothing()
    {
        var created = await client.CreateAsync(Collection, NewFigure("Refusal test figure"));
        var url = $"{Collection}/{created.Str("id")}";

        using var badPeriod = await client.PatchJsonAsync(url, new { periodFrom = "2020-13" }, "\"1\"");
        await badPeriod.AssertInvalidAsync("periodFrom");
        using var negative = await client.PatchJsonAsync(url, new { value = -5 }, "\"1\"");
        await negative.AssertInvalidAsync("value");
        using var clearsValue = await client.PatchJsonAsync(url, new { value = (int?)null, measure = (string?)null }, "\"1\"");
        await clearsValue.AssertInvalidAsync("value", "measure");
        using var future = await client.PatchJsonAsync(url, new { asOf = "2025-05-02" }, "\"1\"");
        await future.AssertInvalidAsync("asOf");
        using var put = await client.PutJsonAsync(url, new { description = "D", measure = "killed", value = 1, periodFrom = "Nov 2020" }, "\"1\"");
        await put.AssertInvalidAsync("periodFrom");

        Assert.Equal(created.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }

    [Fact]
    public async Task Writes_need_If_Match_and_refuse_a_stale_one_with_the_current_ETag()
    {
        var created = await client.CreateAsync(Collection, NewFigure("If-Match test figure"));
        var url = $"{Collection}/{created.Str("id")}";

        using var withoutPut = await client.PutJsonAsync(url, NewFigure("x"), ifMatch: null);
        await ProblemAssert.IsProblemAsync(withoutPut, HttpStatusCode.PreconditionRequired);
        using var withoutPatch = await client.PatchJsonAsync(url, new { value = 1 }, ifMatch: null);
        await ProblemAssert.IsProblemAsync(withoutPatch, HttpStatusCode.PreconditionRequired);
        using var withoutDelete = await client.DeleteAsync(url, ifMatch: null);
        await ProblemAssert.IsProblemAsync(withoutDelete, HttpStatusCode.PreconditionRequired);

        using var stalePut = await client.PutJsonAsync(url, NewFigure("x"), "\"4\"");
        var problem = await ProblemAssert.IsProblemAsync(stalePut, HttpStatusCode.PreconditionFailed);
        Assert.Equal("\"1\"", stalePut.Headers.ETag?.ToString());
        Assert.Equal("\"1\"", problem.Str("currentETag"));
        using var stalePatch = await client.PatchJsonAsync(url, new { value = 1 }, "\"2\"");
        await ProblemAssert.IsProblemAsync(stalePatch, HttpStatusCode.PreconditionFailed);
        using var staleDelete = await client.DeleteAsync(url, "\"2\"");
        await ProblemAssert.IsProblemAsync(staleDelete, HttpStatusCode.PreconditionFailed);

        Assert.Equal(created.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }

    [Fact]
    public async Task Writes_to_an_unknown_id_are_404_problems()
    {
        var url = $"{Collection}/{Guid.CreateVersion7()}";
        using var put = await client.PutJsonAsync(url, NewFigure("x"), "\"1\"");
        await ProblemAssert.IsProblemAsync(put, HttpStatusCode.NotFound);
        using var patch = await client.PatchJsonAsync(url, new { value = 1 }, "\"1\"");
        await ProblemAssert.IsProblemAsync(patch, HttpStatusCode.NotFound);
        using var delete = await client.DeleteAsync(url, "\"1\"");
        await ProblemAssert.IsProblemAsync(delete, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_figure_a_letter_quotes_cannot_be_deleted_and_the_409_says_why()
    {
        var listed = (await client.GetAllAsync(Collection)).First(f => f["letterCount"]!.GetValue<int>() > 0);
        var url = $"{Collection}/{listed.Str("id")}";
        var quoted = await client.GetObjectAsync(url);

        using var response = await client.DeleteAsync(url, await client.ETagOfAsync(url));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        var references = problem["references"]!.AsArray();
        Assert.Contains(references, r => r.Str("type") == "letter" && r.Str("id") == quoted["letters"]![0].Str("id"));
        Assert.Contains(references, r => r.Str("type") == "citation");
        Assert.Contains("letter", problem.Str("detail"));
        Assert.Equal(quoted.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }
}
