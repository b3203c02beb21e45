using System.Net;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Features.Citations;

/// <summary>Create, replace, patch and delete a citation over HTTP; each refusal with the right field and status.</summary>
public sealed class CitationWriteTests(SeededApp app) : IClassFixture<SeededApp>
{
    private const string Collection = "/api/citations";

    // From the Caliber.Az report: a curly apostrophe, an en dash and mixed case, which a quote must match exactly.
    private const string Text = "The letters were addressed to the UN Mine Action Service (UNMAS), the Office of the High Commissioner for Human Rights (OHCHR), "
        + "and the International Campaign to Ban Landmines (ICBL). Human Rights Watch representatives, Amnesty International’s German branch, "
        + "and several major media outlets were also recipients of the letters after the incidents on April 6–7.";

    private readonly HttpClient client = app.CreateClient();

    private async Task<JsonObject> CreateSourceAsync(string fullText = Text) =>
        await client.CreateAsync("/api/sources", new { title = "Addressees", attribution = "Caliber.Az reports", language = "en", fullText });

    private async Task<JsonObject> CreateOrganisationAsync(string name) =>
        await client.CreateAsync("/api/organisations", new { name, kind = "diasporaOrganisation" });

    private static object NewCitation(JsonObject source, string quote, JsonObject organisation, string? field = null) => new
    {
        sourceId = source.Str("id"),
        quote,
        field,
        recordType = "organisation",
        recordId = organisation.Str("id"),
    };

    private static List<string> CitationIdsOf(JsonObject record) =>
        [.. record["citations"]!.AsArray().Select(c => c.Str("id"))];

    [Fact]
    public async Task Create_get_replace_patch_delete_round_trip()
    {
        var source = await CreateSourceAsync();
        var other = await CreateSourceAsync("Amnesty International’s German branch received one too.");
        var first = await CreateOrganisationAsync("Citation round trip organisation");
        var second = await CreateOrganisationAsync("Citation round trip organisation 2");

        var created = await client.CreateAsync(Collection, NewCitation(source, "the UN Mine Action Service (UNMAS)", first));
        var url = $"{Collection}/{created.Str("id")}";
        Assert.Equal(source.Str("id"), created.Str("sourceId"));
        Assert.Equal(source.Str("id"), created["source"].Str("id"));
        Assert.Equal("Addressees", created["source"].Str("title"));
        Assert.Equal("Caliber.Az reports", created["source"].Str("attribution"));
        Assert.Equal("organisation", created.Str("recordType"));
        Assert.Equal(first.Str("id"), created.Str("recordId"));
        Assert.Null(created["field"]);
        Assert.Equal(1, created["version"]!.GetValue<long>());
        Assert.Equal(created.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
        Assert.Equal([created.Str("id")], CitationIdsOf(await client.GetObjectAsync($"/api/organisations/{first.Str("id")}")));
        Assert.Equal(1, (await client.GetObjectAsync($"/api/sources/{source.Str("id")}"))["citationCount"]!.GetValue<int>());

        // A PUT can move the citation to another source and another record.
        using var replaced = await client.PutJsonAsync(url, new
        {
            sourceId = other.Str("id"),
            quote = "Amnesty International’s German branch",
            field = "name",
            recordType = "organisation",
            recordId = second.Str("id"),
        }, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("\"2\"", replaced.Headers.ETag?.ToString());
        var afterPut = await replaced.ReadObjectAsync();
        Assert.Equal(other.Str("id"), afterPut.Str("sourceId"));
        Assert.Equal("name", afterPut.Str("field"));
        Assert.Equal(second.Str("id"), afterPut.Str("recordId"));
        Assert.Empty(CitationIdsOf(await client.GetObjectAsync($"/api/organisations/{first.Str("id")}")));
        Assert.Equal([created.Str("id")], CitationIdsOf(await client.GetObjectAsync($"/api/organisations/{second.Str("id")}")));

        // Back to the first source: the patched quote is checked against the source the patch leaves.
        using var patched = await client.PatchJsonAsync(url, new { sourceId = source.Str("id"), quote = "the International Campaign to Ban Landmines (ICBL)", field = (string?)null }, "\"2\"");
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal("\"3\"", patched.Headers.ETag?.ToString());
        var afterPatch = await patched.ReadObjectAsync();
        Assert.Equal(source.Str("id"), afterPatch.Str("sourceId"));
        Assert.Null(afterPatch["field"]); // null in a merge patch clears
        Assert.Equal(second.Str("id"), afterPatch.Str("recordId")); // untouched fields stay
        Assert.Equal(3, afterPatch["version"]!.GetValue<long>());
        Assert.Equal(afterPatch.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());

        using var deleted = await client.DeleteAsync(url, "\"3\"");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await client.GetAsync(url);
        await ProblemAssert.IsProblemAsync(gone, HttpStatusCode.NotFound);
        Assert.Empty(CitationIdsOf(await client.GetObjectAsync($"/api/organisations/{second.Str("id")}")));
        Assert.Equal(0, (await client.GetObjectAsync($"/api/sources/{source.Str("id")}"))["citationCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("incident", "/api/incidents")]
    [InlineData("casualtyFigure", "/api/casualty-figures")]
    [InlineData("organisation", "/api/organisations")]
    [InlineData("recipient", "/api/recipients")]
    [InlineData("letter", "/api/letters")]
    [InlineData("dispatch", "/api/dispatches")]
    public async Task A_citation_backs_exactly_the_record_it_names_of_each_kind(string recordType, string records)
    {
        var source = await CreateSourceAsync();
        var record = (await client.GetAllAsync(records))[0];
        var recordUrl = $"{records}/{record.Str("id")}";
        var citationsBefore = CitationIdsOf(await client.GetObjectAsync(recordUrl));

        var created = await client.CreateAsync(Collection, new { sourceId = source.Str("id"), quote = "(UNMAS)", recordType, recordId = record.Str("id") });
        Assert.Equal(recordType, created.Str("recordType"));
        Assert.Equal(record.Str("id"), created.Str("recordId"));
        Assert.Equal([.. citationsBefore, created.Str("id")], CitationIdsOf(await client.GetObjectAsync(recordUrl)));

        // Moved to an organisation of its own by a patch, it no longer backs the first record.
        var organisation = await CreateOrganisationAsync($"Backed instead of a {recordType}");
        using var moved = await client.PatchJsonAsync($"{Collection}/{created.Str("id")}", new { recordType = "organisation", recordId = organisation.Str("id") }, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var afterMove = await moved.ReadObjectAsync();
        Assert.Equal("organisation", afterMove.Str("recordType"));
        Assert.Equal(organisation.Str("id"), afterMove.Str("recordId"));
        Assert.Equal(citationsBefore, CitationIdsOf(await client.GetObjectAsync(recordUrl)));
        Assert.Equal([created.Str("id")], CitationIdsOf(await client.GetObjectAsync($"/api/organisations/{organisation.Str("id")}")));
    }

    [Theory]
    [InlineData("""{"quote":"(UNMAS)","recordType":"organisation","recordId":"{organisation}"}""", "sourceId")]
    [InlineData("""{"sourceId":null,"quote":"(UNMAS)","recordType":"organisation","recordId":"{organisation}"}""", "sourceId")]
    [InlineData("""{"sourceId":"{unknown}","quote":"(UNMAS)","recordType":"organisation","recordId":"{organisation}"}""", "sourceId")]
    [InlineData("""{"sourceId":"{organisation}","quote":"(UNMAS)","recordType":"organisation","recordId":"{organisation}"}""", "sourceId")]
    [InlineData("""{"sourceId":"not-a-uuid","quote":"(UNMAS)","recordType":"organisation","recordId":"{organisation}"}""", "sourceId")]
    [InlineData("""{"sourceId":"{source}","recordType":"organisation","recordId":"{organisation}"}""", "quote")]
    [InlineData("""{"sourceId":"{source}","quote":"   ","recordType":"organisation","recordId":"{organisation}"}""", "quote")]
    [InlineData("""{"sourceId":"{source}","quote":"the UN Mine Action Service (UNMAS) in Geneva","recordType":"organisation","recordId":"{organisation}"}""", "quote")]
    [InlineData("""{"sourceId":"{source}","quote":"the UN mine action service (UNMAS)","recordType":"organisation","recordId":"{organisation}"}""", "quote")]
    [InlineData("""{"sourceId":"{source}","quote":"Amnesty International's German branch","recordType":"organisation","recordId":"{organisation}"}""", "quote")]
    [InlineData("""{"sourceId":"{source}","quote":"on April 6-7","recordType":"organisation","recordId":"{organisation}"}""", "quote")]
    [InlineData("""{"sourceId":"{source}","quote":"the UN  Mine Action Service","recordType":"organisation","recordId":"{organisation}"}""", "quote")]
    [InlineData("""{"sourceId":"{source}","quote":"(UNMAS)","field":"","recordType":"organisation","recordId":"{organisation}"}""", "field")]
    [InlineData("""{"sourceId":"{source}","quote":"(UNMAS)","field":"Name","recordType":"organisation","recordId":"{organisation}"}""", "field")]
    [InlineData("""{"sourceId":"{source}","quote":"(UNMAS)","field":"occurred_from","recordType":"organisation","recordId":"{organisation}"}""", "field")]
    [InlineData("""{"sourceId":"{source}","quote":"(UNMAS)","field":"name of body","recordType":"organisation","recordId":"{organisation}"}""", "field")]
    [InlineData("""{"sourceId":"{source}","quote":"(UNMAS)","recordId":"{organisation}"}""", "recordType")]
    [InlineData("""{"sourceId":"{source}","quote":"(UNMAS)","recordType":"person","recordId":"{organisation}"}""", "recordType")]
    [InlineData("""{"sourceId":"{source}","quote":"(UNMAS)","recordType":2,"recordId":"{organisation}"}""", "recordType")]
    [InlineData("""{"sourceId":"{source}","quote":"(UNMAS)","recordType":"organisation"}""", "recordId")]
    [InlineData("""{"sourceId":"{source}","quote":"(UNMAS)","recordType":"organisation","recordId":"{unknown}"}""", "recordId")]
    [InlineData("""{"sourceId":"{source}","quote":"(UNMAS)","recordType":"incident","recordId":"{organisation}"}""", "recordId")]
    [InlineData("""{"sourceId":"{source}","quote":"(UNMAS)","recordType":"recipient","recordId":"{source}"}""", "recordId")]
    [InlineData("""{"sourceId":"{source}","quote":"(UNMAS)","recordType":"organisation","recordId":"{organisation}","page":3}""", "page")]
    [InlineData("""{"sourceId":"{source}","quote":"(UNMAS)","quote":"(OHCHR)","recordType":"organisation","recordId":"{organisation}"}""", "quote")]
    [InlineData("""{"sourceId":"{source}","quote":"(UNMAS)",""", "body")]
    [InlineData("""[]""", "body")]
    public async Task Invalid_bodies_are_refused_with_the_field_named(string template, string field)
    {
        var source = await CreateSourceAsync();
        var organisation = await CreateOrganisationAsync($"Validation organisation {Guid.NewGuid():N}");
        var body = template
            .Replace("{source}", source.Str("id"), StringComparison.Ordinal)
            .Replace("{organisation}", organisation.Str("id"), StringComparison.Ordinal)
            .Replace("{unknown}", Guid.CreateVersion7().ToString(), StringComparison.Ordinal);

        using var response = await client.PostJsonAsync(Collection, body);
        await response.AssertInvalidAsync(field);
        Assert.Equal(0, (await client.GetObjectAsync($"/api/sources/{source.Str("id")}"))["citationCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Every_missing_field_is_named_at_once()
    {
        using var response = await client.PostJsonAsync(Collection, "{}");
        await response.AssertInvalidAsync("sourceId", "quote", "recordType", "recordId");
    }

    [Fact]
    public async Task Text_longer_than_its_column_is_refused()
    {
        var source = await CreateSourceAsync();
        var organisation = await CreateOrganisationAsync("Length organisation");
        using var quote = await client.PostJsonAsync(Collection, NewCitation(source, new string('x', 4001), organisation));
        await quote.AssertInvalidAsync("quote");
        using var field = await client.PostJsonAsync(Collection, NewCitation(source, "(UNMAS)", organisation, "a" + new string('b', 100)));
        await field.AssertInvalidAsync("field");
    }

    [Fact]
    public async Task A_quote_of_the_whole_text_is_verbatim()
    {
        var source = await CreateSourceAsync();
        var organisation = await CreateOrganisationAsync("Whole text organisation");
        var created = await client.CreateAsync(Collection, NewCitation(source, Text, organisation));
        Assert.Equal(Text, created.Str("quote"));
    }

    [Fact]
    public async Task Writes_need_If_Match_and_refuse_a_stale_one_with_the_current_ETag()
    {
        var source = await CreateSourceAsync();
        var organisation = await CreateOrganisationAsync("If-Match citation organisation");
        var created = await client.CreateAsync(Collection, NewCitation(source, "(UNMAS)", organisation));
        var url = $"{Collection}/{created.Str("id")}";

        using var withoutPut = await client.PutJsonAsync(url, NewCitation(source, "(OHCHR)", organisation), ifMatch: null);
        await ProblemAssert.IsProblemAsync(withoutPut, HttpStatusCode.PreconditionRequired);
        using var withoutPatch = await client.PatchJsonAsync(url, new { quote = "(OHCHR)" }, ifMatch: null);
        await ProblemAssert.IsProblemAsync(withoutPatch, HttpStatusCode.PreconditionRequired);
        using var withoutDelete = await client.DeleteAsync(url, ifMatch: null);
        await ProblemAssert.IsProblemAsync(withoutDelete, HttpStatusCode.PreconditionRequired);

        using var stalePut = await client.PutJsonAsync(url, NewCitation(source, "(OHCHR)", organisation), "\"7\"");
        var problem = await ProblemAssert.IsProblemAsync(stalePut, HttpStatusCode.PreconditionFailed);
        Assert.Equal("\"1\"", stalePut.Headers.ETag?.ToString());
        Assert.Equal("\"1\"", problem.Str("currentETag"));
        using var stalePatch = await client.PatchJsonAsync(url, new { quote = "(OHCHR)" }, "\"2\"");
        await ProblemAssert.IsProblemAsync(stalePatch, HttpStatusCode.PreconditionFailed);
        using var staleDelete = await client.DeleteAsync(url, "\"2\"");
        await ProblemAssert.IsProblemAsync(staleDelete, HttpStatusCode.PreconditionFailed);

        // If-Match compares strongly (RFC 9110): a weak tag never matches, even the current one.
        using var weak = await client.DeleteAsync(url, "W/\"1\"");
        await ProblemAssert.IsProblemAsync(weak, HttpStatusCode.PreconditionFailed);

        // None of those changed anything.
        Assert.Equal(created.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }

    [Fact]
    public async Task Writes_to_an_unknown_id_are_404_problems()
    {
        var source = await CreateSourceAsync();
        var organisation = await CreateOrganisationAsync("Unknown id organisation");
        var url = $"{Collection}/{Guid.CreateVersion7()}";
        using var put = await client.PutJsonAsync(url, NewCitation(source, "(UNMAS)", organisation), "\"1\"");
        await ProblemAssert.IsProblemAsync(put, HttpStatusCode.NotFound);
        using var patch = await client.PatchJsonAsync(url, new { quote = "(UNMAS)" }, "\"1\"");
        await ProblemAssert.IsProblemAsync(patch, HttpStatusCode.NotFound);
        using var delete = await client.DeleteAsync(url, "\"1\"");
        await ProblemAssert.IsProblemAsync(delete, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Refused_replacements_and_patches_change_nothing()
    {
        var source = await CreateSourceAsync();
        var organisation = await CreateOrganisationAsync("Refused change organisation");
        var created = await client.CreateAsync(Collection, NewCitation(source, "(UNMAS)", organisation, "acronym"));
        var url = $"{Collection}/{created.Str("id")}";

        using var plainJson = await client.SendJsonAsync(HttpMethod.Patch, url, new { quote = "(OHCHR)" }, "\"1\"", "text/plain");
        await ProblemAssert.IsProblemAsync(plainJson, HttpStatusCode.UnsupportedMediaType);
        using var unknownField = await client.PatchJsonAsync(url, new { page = 3 }, "\"1\"");
        await unknownField.AssertInvalidAsync("page");
        using var notInSource = await client.PatchJsonAsync(url, new { quote = "(unmas)" }, "\"1\"");
        await notInSource.AssertInvalidAsync("quote");
        using var straightApostrophe = await client.PutJsonAsync(url, NewCitation(source, "Amnesty International's German branch", organisation), "\"1\"");
        await straightApostrophe.AssertInvalidAsync("quote");
        using var clearsRequired = await client.PatchJsonAsync(url, new { recordId = (string?)null }, "\"1\"");
        await clearsRequired.AssertInvalidAsync("recordId");
        using var wrongType = await client.PatchJsonAsync(url, new { recordType = "letter" }, "\"1\"");
        await wrongType.AssertInvalidAsync("recordId");
        using var unknownEnum = await client.PatchJsonAsync(url, new { recordType = "person" }, "\"1\"");
        await unknownEnum.AssertInvalidAsync("recordType");

        // The quote is checked against the source the citation would have: one lacking it is refused.
        var other = await CreateSourceAsync("A text that names no addressee.");
        using var otherSource = await client.PatchJsonAsync(url, new { sourceId = other.Str("id") }, "\"1\"");
        await otherSource.AssertInvalidAsync("quote");

        Assert.Equal(created.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }

    [Fact]
    public async Task Citing_a_source_moves_its_version_so_an_edit_of_its_text_made_meanwhile_is_refused()
    {
        var source = await CreateSourceAsync();
        var sourceUrl = $"/api/sources/{source.Str("id")}";
        var organisation = await CreateOrganisationAsync("Citation versus source edit organisation");
        var readBeforeCiting = await client.ETagOfAsync(sourceUrl);

        await client.CreateAsync(Collection, NewCitation(source, "the UN Mine Action Service (UNMAS)", organisation));

        // Its representation changed (citationCount), and so did its version.
        Assert.NotEqual(readBeforeCiting, await client.ETagOfAsync(sourceUrl));
        // An editor who read the source before the citation existed cannot now remove the quoted text.
        using var staleEdit = await client.PatchJsonAsync(sourceUrl, new { fullText = "Nothing quoted survives." }, readBeforeCiting);
        await ProblemAssert.IsProblemAsync(staleEdit, HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Deleting_a_citation_moves_its_sources_version_with_its_count()
    {
        var source = await CreateSourceAsync();
        var sourceUrl = $"/api/sources/{source.Str("id")}";
        var organisation = await CreateOrganisationAsync("Citation delete organisation");
        var citation = await client.CreateAsync(Collection, NewCitation(source, "the UN Mine Action Service (UNMAS)", organisation));
        var before = await client.GetObjectAsync(sourceUrl);

        using var deleted = await client.DeleteAsync($"{Collection}/{citation.Str("id")}", "\"1\"");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        var after = await client.GetObjectAsync(sourceUrl);
        Assert.Equal(0, after["citationCount"]!.GetValue<int>());
        Assert.Equal(before["version"]!.GetValue<long>() + 1, after["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_citation_of_a_seeded_report_reads_its_source()
    {
        var caliber = (await client.GetAllAsync("/api/sources")).First(s => s.StrOrNull("attribution") == "Caliber.Az reports");
        var organisation = await CreateOrganisationAsync("Seeded report organisation");
        var created = await client.CreateAsync(Collection, NewCitation(caliber, "Amnesty International’s German branch", organisation));
        Assert.Equal(caliber.Str("title"), created["source"].Str("title"));

        // Azernews writes "Amnesty International (Germany)": the Caliber.Az wording is not in it.
        var azernews = (await client.GetAllAsync("/api/sources")).First(s => s.StrOrNull("author") == "Akbar Novruz");
        using var response = await client.PostJsonAsync(Collection, NewCitation(azernews, "Amnesty International’s German branch", organisation));
        await response.AssertInvalidAsync("quote");
    }
}
