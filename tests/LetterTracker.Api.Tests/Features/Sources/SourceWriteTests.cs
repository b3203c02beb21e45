using System.Net;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Tests.Features.Sources;

/// <summary>Create, replace, patch and delete a source over HTTP; each refusal with the right field and status.</summary>
public sealed class SourceWriteTests(SeededApp app) : IClassFixture<SeededApp>
{
    private const string Collection = "/api/sources";
    private const string Text = "In their appeals, the Azerbaijani communities expressed deep concern over the ongoing threat posed by mines in Azerbaijan’s liberated territories.";
    private const string Quote = "deep concern over the ongoing threat";
    private readonly HttpClient client = app.CreateClient();

    private static object NewSource(string fullText = Text) => new
    {
        title = "Diaspora appeals",
        author = "Akbar Novruz",
        publishedAt = "2025-04-14T12:03:00+04:00",
        attribution = "Azernews reports",
        language = "en",
        url = "https://www.azernews.az/example",
        fileName = "appeals.txt",
        fullText,
    };

    private async Task<JsonObject> CreateOrganisationAsync(string name) =>
        await client.CreateAsync("/api/organisations", new { name, kind = "diasporaOrganisation" });

    private async Task<JsonObject> CiteAsync(JsonObject source, string quote, JsonObject organisation) =>
        await client.CreateAsync("/api/citations", new
        {
            sourceId = source.Str("id"),
            quote,
            recordType = "organisation",
            recordId = organisation.Str("id"),
        });

    [Fact]
    public async Task Create_get_replace_patch_delete_round_trip()
    {
        var created = await client.CreateAsync(Collection, NewSource());
        var url = $"{Collection}/{created.Str("id")}";
        Assert.Equal("2025-04-14T12:03:00+04:00", created.Str("publishedAt")); // the printed offset is kept
        Assert.Equal(Text, created.Str("fullText"));
        Assert.Equal(0, created["citationCount"]!.GetValue<int>());
        Assert.Equal(1, created["version"]!.GetValue<long>());
        Assert.Equal(created.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());

        using var replaced = await client.PutJsonAsync(url, new
        {
            attribution = "Caliber.Az reports",
            language = "en-GB",
            fullText = Text + " Second paragraph.",
        }, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("\"2\"", replaced.Headers.ETag?.ToString());
        var afterPut = await replaced.ReadObjectAsync();
        Assert.Equal("Caliber.Az reports", afterPut.Str("attribution"));
        Assert.Equal("en-GB", afterPut.Str("language"));
        Assert.Null(afterPut["title"]); // a PUT replaces: fields left out are cleared
        Assert.Null(afterPut["publishedAt"]);
        Assert.Null(afterPut["url"]);
        Assert.Equal(2, afterPut["version"]!.GetValue<long>());

        using var patched = await client.PatchJsonAsync(url, new { outlet = "Azernews", publishedAt = "2025-04-14T08:03:00Z", language = (string?)null }, "\"2\"");
        await patched.AssertInvalidAsync("language"); // null clears, and language is required
        using var patched2 = await client.PatchJsonAsync(url, new { outlet = "Azernews", publishedAt = "2025-04-14T08:03:00Z" }, "\"2\"");
        Assert.Equal(HttpStatusCode.OK, patched2.StatusCode);
        Assert.Equal("\"3\"", patched2.Headers.ETag?.ToString());
        var afterPatch = await patched2.ReadObjectAsync();
        Assert.Equal("Azernews", afterPatch.Str("outlet"));
        Assert.Equal("2025-04-14T08:03:00+00:00", afterPatch.Str("publishedAt"));
        Assert.Equal(Text + " Second paragraph.", afterPatch.Str("fullText")); // untouched fields stay
        Assert.Equal(3, afterPatch["version"]!.GetValue<long>());
        Assert.Equal(afterPatch.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());

        using var deleted = await client.DeleteAsync(url, "\"3\"");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await client.GetAsync(url);
        await ProblemAssert.IsProblemAsync(gone, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"language":"en","fullText":"Text."}""", "attribution")]
    [InlineData("""{"attribution":"  ","language":"en","fullText":"Text."}""", "attribution")]
    [InlineData("""{"attribution":null,"language":"en","fullText":"Text."}""", "attribution")]
    [InlineData("""{"attribution":"A","fullText":"Text."}""", "language")]
    [InlineData("""{"attribution":"A","language":"english","fullText":"Text."}""", "language")]
    [InlineData("""{"attribution":"A","language":"en_GB","fullText":"Text."}""", "language")]
    [InlineData("""{"attribution":"A","language":"en"}""", "fullText")]
    [InlineData("""{"attribution":"A","language":"en","fullText":" \n "}""", "fullText")]
    [InlineData("""{"attribution":"A","language":"en","fullText":"Text.","title":""}""", "title")]
    [InlineData("""{"attribution":"A","language":"en","fullText":"Text.","author":"  "}""", "author")]
    [InlineData("""{"attribution":"A","language":"en","fullText":"Text.","url":"ftp://example.org/report"}""", "url")]
    [InlineData("""{"attribution":"A","language":"en","fullText":"Text.","url":"www.azernews.az"}""", "url")]
    [InlineData("""{"attribution":"A","language":"en","fullText":"Text.","publishedAt":"2025-04-14T12:03:00"}""", "publishedAt")]
    [InlineData("""{"attribution":"A","language":"en","fullText":"Text.","publishedAt":"2025-04-14"}""", "publishedAt")]
    [InlineData("""{"attribution":"A","language":"en","fullText":"Text.","publishedAt":"14 April 2025"}""", "publishedAt")]
    [InlineData("""{"attribution":"A","language":"en","fullText":"Text.","publishedAt":1744617780}""", "publishedAt")]
    [InlineData("""{"attribution":"A","language":"en","fullText":"Text.","publisher":"Azernews"}""", "publisher")]
    [InlineData("""{"attribution":"A","language":"en","fullText":"Text.","fullText":"Other."}""", "fullText")]
    [InlineData("""{"attribution":"A","language":"en","fullText":"Text.",""", "body")]
    [InlineData("""[]""", "body")]
    public async Task Invalid_bodies_are_refused_with_the_field_named(string body, string field)
    {
        using var response = await client.PostJsonAsync(Collection, body);
        await response.AssertInvalidAsync(field);
    }

    [Fact]
    public async Task Text_longer_than_its_limit_is_refused()
    {
        using var title = await client.PostJsonAsync(Collection, new { attribution = "A", language = "en", fullText = "Text.", title = new string('x', 501) });
        await title.AssertInvalidAsync("title");
        using var fullText = await client.PostJsonAsync(Collection, new { attribution = "A", language = "en", fullText = new string('x', 1_000_001) });
        await fullText.AssertInvalidAsync("fullText");
    }

    [Fact]
    public async Task Writes_need_If_Match_and_refuse_a_stale_one_with_the_current_ETag()
    {
        var created = await client.CreateAsync(Collection, NewSource());
        var url = $"{Collection}/{created.Str("id")}";

        using var withoutPut = await client.PutJsonAsync(url, NewSource(), ifMatch: null);
        await ProblemAssert.IsProblemAsync(withoutPut, HttpStatusCode.PreconditionRequired);
        using var withoutPatch = await client.PatchJsonAsync(url, new { title = "x" }, ifMatch: null);
        await ProblemAssert.IsProblemAsync(withoutPatch, HttpStatusCode.PreconditionRequired);
        using var withoutDelete = await client.DeleteAsync(url, ifMatch: null);
        await ProblemAssert.IsProblemAsync(withoutDelete, HttpStatusCode.PreconditionRequired);

        using var stalePut = await client.PutJsonAsync(url, NewSource(), "\"7\"");
        var problem = await ProblemAssert.IsProblemAsync(stalePut, HttpStatusCode.PreconditionFailed);
        Assert.Equal("\"1\"", stalePut.Headers.ETag?.ToString());
        Assert.Equal("\"1\"", problem.Str("currentETag"));
        using var stalePatch = await client.PatchJsonAsync(url, new { title = "x" }, "\"0\"");
        await ProblemAssert.IsProblemAsync(stalePatch, HttpStatusCode.PreconditionFailed);
        using var staleDelete = await client.DeleteAsync(url, "\"2\"");
        await ProblemAssert.IsProblemAsync(staleDelete, HttpStatusCode.PreconditionFailed);

        // If-Match compares strongly (RFC 9110): a weak tag never matches, even the current one.
        using var weak = await client.PutJsonAsync(url, NewSource(), "W/\"1\"");
        await ProblemAssert.IsProblemAsync(weak, HttpStatusCode.PreconditionFailed);

        // None of those changed anything.
        Assert.Equal(created.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }

    [Fact]
    public async Task Writes_to_an_unknown_id_are_404_problems()
    {
        var url = $"{Collection}/{Guid.CreateVersion7()}";
        using var put = await client.PutJsonAsync(url, NewSource(), "\"1\"");
        await ProblemAssert.IsProblemAsync(put, HttpStatusCode.NotFound);
        using var patch = await client.PatchJsonAsync(url, new { title = "x" }, "\"1\"");
        await ProblemAssert.IsProblemAsync(patch, HttpStatusCode.NotFound);
        using var delete = await client.DeleteAsync(url, "\"1\"");
        await ProblemAssert.IsProblemAsync(delete, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Patch_takes_only_JSON_objects_with_known_fields()
    {
        var created = await client.CreateAsync(Collection, NewSource());
        var url = $"{Collection}/{created.Str("id")}";

        using var plainJson = await client.SendJsonAsync(HttpMethod.Patch, url, new { title = "x" }, "\"1\"", "text/plain");
        await ProblemAssert.IsProblemAsync(plainJson, HttpStatusCode.UnsupportedMediaType);
        using var unknown = await client.PatchJsonAsync(url, new { publisher = "x" }, "\"1\"");
        await unknown.AssertInvalidAsync("publisher");
        using var array = await client.PatchJsonAsync(url, "[]", "\"1\"");
        await array.AssertInvalidAsync("body");
        using var clearsRequired = await client.PatchJsonAsync(url, new { fullText = (string?)null }, "\"1\"");
        await clearsRequired.AssertInvalidAsync("fullText");
        using var noOffset = await client.PatchJsonAsync(url, new { publishedAt = "2025-04-14T12:03:00" }, "\"1\"");
        await noOffset.AssertInvalidAsync("publishedAt");
        using var badLanguage = await client.PatchJsonAsync(url, new { language = "english" }, "\"1\"");
        await badLanguage.AssertInvalidAsync("language");

        Assert.Equal(created.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }

    [Fact]
    public async Task Editing_the_text_so_a_cited_quote_disappears_is_409_and_changes_nothing()
    {
        var source = await client.CreateAsync(Collection, NewSource());
        var url = $"{Collection}/{source.Str("id")}";
        var organisation = await CreateOrganisationAsync("Fulltext guard organisation");
        var citation = await CiteAsync(source, Quote, organisation);
        var kept = await CiteAsync(source, "Azerbaijan’s liberated territories", organisation);
        var before = await client.GetObjectAsync(url);
        Assert.Equal(2, before["citationCount"]!.GetValue<int>());
        var etag = await client.ETagOfAsync(url);

        // "deep concern" becomes "grave concern": the first quote is gone, the second stays.
        var edited = Text.Replace("deep concern", "grave concern", StringComparison.Ordinal);
        using var put = await client.PutJsonAsync(url, NewSource(edited), etag);
        var problem = await ProblemAssert.IsProblemAsync(put, HttpStatusCode.Conflict);
        var references = problem["references"]!.AsArray();
        var reference = Assert.Single(references);
        Assert.Equal("citation", reference.Str("type"));
        Assert.Equal(citation.Str("id"), reference.Str("id"));
        Assert.Equal(Quote, reference.Str("label"));
        Assert.Contains(Quote, problem.Str("detail"));

        // A case change breaks a quote as surely as a deletion.
        using var patch = await client.PatchJsonAsync(url, new { fullText = Text.Replace("deep", "Deep", StringComparison.Ordinal) }, etag);
        var patchProblem = await ProblemAssert.IsProblemAsync(patch, HttpStatusCode.Conflict);
        Assert.Equal(citation.Str("id"), Assert.Single(patchProblem["references"]!.AsArray()).Str("id"));

        Assert.Equal(before.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());

        // A new text that keeps every quote is accepted.
        using var accepted = await client.PatchJsonAsync(url, new { fullText = "Preface. " + Text }, etag);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(2, (await accepted.ReadObjectAsync())["citationCount"]!.GetValue<int>());
        Assert.Equal(kept.ToJsonString(), (await client.GetObjectAsync($"/api/citations/{kept.Str("id")}")).ToJsonString());
    }

    [Fact]
    public async Task A_source_with_citations_cannot_be_deleted_and_the_409_lists_them()
    {
        var source = await client.CreateAsync(Collection, NewSource());
        var url = $"{Collection}/{source.Str("id")}";
        var organisation = await CreateOrganisationAsync("Delete guard organisation");
        var first = await CiteAsync(source, Quote, organisation);
        var second = await CiteAsync(source, "Azerbaijan’s liberated territories", organisation);
        var before = await client.GetObjectAsync(url);

        using var response = await client.DeleteAsync(url, await client.ETagOfAsync(url));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        var references = problem["references"]!.AsArray();
        Assert.Equal([first.Str("id"), second.Str("id")], references.Select(r => r.Str("id")));
        Assert.All(references, r => Assert.Equal("citation", r.Str("type")));
        Assert.Contains("2 citations", problem.Str("detail"));
        Assert.Equal(before.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());

        // Once its citations are gone, the source can go too.
        foreach (var citation in new[] { first, second })
        {
            using var deleteCitation = await client.DeleteAsync($"/api/citations/{citation.Str("id")}", "\"1\"");
            Assert.Equal(HttpStatusCode.NoContent, deleteCitation.StatusCode);
        }

        using var deleted = await client.DeleteAsync(url, await client.ETagOfAsync(url));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    [Fact]
    public async Task A_source_a_dispatch_event_rests_on_cannot_be_deleted()
    {
        var source = await client.CreateAsync(Collection, NewSource());
        var url = $"{Collection}/{source.Str("id")}";
        var sourceId = Guid.Parse(source.Str("id"));
        var dispatchId = Guid.Parse((await client.GetAllAsync("/api/dispatches"))[0].Str("id"));
        var eventId = await app.App.WithDbAsync(async db =>
        {
            var reply = new DispatchEvent
            {
                DispatchId = dispatchId,
                Type = DispatchEventType.Responded,
                At = new DateTimeOffset(2025, 4, 30, 10, 0, 0, TimeSpan.FromHours(2)),
                ResponseSummary = "A reply, stored as this source.",
                SourceId = sourceId,
            };
            db.DispatchEvents.Add(reply);
            await db.SaveChangesAsync();
            return reply.Id;
        });
        var before = await client.GetObjectAsync(url);

        using var response = await client.DeleteAsync(url, await client.ETagOfAsync(url));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        var reference = Assert.Single(problem["references"]!.AsArray());
        Assert.Equal("dispatchEvent", reference.Str("type"));
        Assert.Equal(eventId.ToString(), reference.Str("id"));
        Assert.Equal("responded on 2025-04-30", reference.Str("label"));
        Assert.Equal(before.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }

    [Fact]
    public async Task A_seeded_report_is_refused_deletion_while_its_quotes_back_the_seed()
    {
        var listed = (await client.GetAllAsync(Collection)).First(s => s.StrOrNull("author") == "Akbar Novruz");
        var url = $"{Collection}/{listed.Str("id")}";
        var report = await client.GetObjectAsync(url);

        using var response = await client.DeleteAsync(url, await client.ETagOfAsync(url));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(report["citationCount"]!.GetValue<int>(), problem["references"]!.AsArray().Count(r => r.Str("type") == "citation"));
        Assert.Equal(report.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }
}
