using System.Net;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Features;

/// <summary>GET list and GET one for every resource, over the seeded data.</summary>
public sealed class ReadEndpointTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient client = app.CreateClient();

    public static TheoryData<string> Resources =>
        ["sources", "citations", "incidents", "casualty-figures", "organisations", "recipients", "letters", "dispatches"];

    /// <summary>What each list leaves out of its items: the related records and long texts the full record carries.</summary>
    public static TheoryData<string, string[]> LeftOutOfListItems => new()
    {
        { "sources", ["fullText"] },
        { "citations", [] },
        { "incidents", ["letters", "citations"] },
        { "casualty-figures", ["letters", "citations"] },
        { "organisations", ["citations"] },
        { "recipients", ["citations"] },
        { "letters", ["summary", "body", "demands", "signatories", "incidents", "casualtyFigures", "dispatches", "citations", "signatoryIds", "incidentIds", "casualtyFigureIds", "recipientIds"] },
        { "dispatches", ["eventCount", "citations"] },
    };

    [Theory]
    [MemberData(nameof(LeftOutOfListItems))]
    public async Task Every_listed_record_can_be_read_by_id_with_the_same_fields_and_its_version_as_ETag(string resource, string[] leftOut)
    {
        var items = await client.GetAllAsync($"/api/{resource}");
        Assert.NotEmpty(items);
        foreach (var item in items.Take(5))
        {
            using var response = await client.GetAsync($"/api/{resource}/{item.Str("id")}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            var record = await response.ReadObjectAsync();
            // A list item is a summary: each of its fields is the full record's field of that name, as it is there.
            foreach (var (name, value) in item)
            {
                Assert.True(record.ContainsKey(name), $"{resource}: the list item's {name} is not a field of the full record");
                Assert.Equal(record[name]?.ToJsonString(), value?.ToJsonString());
            }

            Assert.Equal(leftOut.Order(), record.Select(f => f.Key).Where(name => !item.ContainsKey(name)).Order());
            Assert.Equal($"\"{record["version"]!.GetValue<long>()}\"", response.Headers.ETag?.ToString());
            Assert.Equal(1, record["version"]!.GetValue<long>());
        }
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task An_unknown_id_is_a_404_problem_naming_it(string resource)
    {
        var id = Guid.CreateVersion7();
        using var response = await client.GetAsync($"/api/{resource}/{id}");
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains(id.ToString(), problem.Str("detail"));
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task A_malformed_id_is_a_400_problem(string resource)
    {
        using var response = await client.GetAsync($"/api/{resource}/not-a-uuid");
        var problem = await response.AssertInvalidAsync("id");
        Assert.Contains("not-a-uuid", problem.Str("detail"));
    }

    [Fact]
    public async Task A_letters_dispatches_are_listed_under_it()
    {
        var letter = Assert.Single(await client.GetAllAsync("/api/letters"));
        var dispatches = await client.GetAllAsync($"/api/letters/{letter.Str("id")}/dispatches");
        Assert.Equal(13, dispatches.Count);
        Assert.All(dispatches, d => Assert.Equal(letter.Str("id"), d.Str("letterId")));
        Assert.All(dispatches, d => Assert.Equal(letter.Str("subject"), d["letter"].Str("subject")));
        Assert.Contains(dispatches, d => d["recipient"].StrOrNull("acronym") == "ODIHR");
    }

    [Fact]
    public async Task The_dispatches_of_an_unknown_letter_are_a_404_problem()
    {
        using var response = await client.GetAsync($"/api/letters/{Guid.CreateVersion7()}/dispatches");
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Citations_name_the_source_and_the_record_they_back()
    {
        var citations = await client.GetAllAsync("/api/citations");
        var types = citations.Select(c => c.Str("recordType")).Distinct().Order().ToList();
        Assert.Equal(["casualtyFigure", "dispatch", "incident", "letter", "organisation", "recipient"], types);
        var recipientCitation = citations.First(c => c.Str("recordType") == "recipient");
        var recipient = await client.GetObjectAsync($"/api/recipients/{recipientCitation.Str("recordId")}");
        Assert.Contains(recipient["citations"]!.AsArray(), c => c.Str("id") == recipientCitation.Str("id"));
        Assert.False(string.IsNullOrEmpty(recipientCitation["source"].Str("attribution")));
    }
}
