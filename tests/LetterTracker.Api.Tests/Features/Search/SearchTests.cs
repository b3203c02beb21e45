using System.Net;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Features.Search;

/// <summary>GET /api/search over the seeded reports: what it finds, how it pages, what it refuses.</summary>
public sealed class SearchTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public Task Finds_aliases_acronyms_phrases_and_full_texts() => Searching.AssertSeededSearchesAsync(client);

    [Fact]
    public Task Pages_through_every_hit_once() => Searching.AssertPagingAsync(client);

    [Fact]
    public async Task A_result_is_type_id_title_and_snippet()
    {
        var recipient = (await client.GetAllAsync("/api/recipients")).Single(r => r.Str("name") == "UN Mine Action Service");
        var hit = Assert.Single(await client.SearchAsync("UNMAS", "type=recipient"));
        Assert.Equal(
            $$"""{"type":"recipient","id":"{{recipient.Str("id")}}","title":"UN Mine Action Service (UNMAS)","snippet":"UN Mine Action Service (**UNMAS**)"}""",
            hit.ToJsonString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("q=")]
    [InlineData("q=%20%20")]
    [InlineData("q=%22")]
    [InlineData("q=*")]
    [InlineData("q=-")]
    [InlineData("q=%22%22%20()%20%3A%20*%20-%20%5E")]
    [InlineData("q=%00")]
    public async Task A_query_without_a_word_is_refused(string query)
    {
        using var response = await client.GetAsync($"/api/search?{query}");
        await response.AssertInvalidAsync("q");
    }

    [Fact]
    public async Task A_query_over_200_characters_is_refused()
    {
        using var atLimit = await client.GetAsync(Searching.Url(new string('a', 200)));
        Assert.Equal(HttpStatusCode.OK, atLimit.StatusCode);
        using var over = await client.GetAsync(Searching.Url(new string('a', 201)));
        await over.AssertInvalidAsync("q");
    }

    [Theory]
    [InlineData("type=letters", "type")]
    [InlineData("type=Letter", "type")]
    [InlineData("type=1", "type")]
    [InlineData("type=", "type")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("cursor=abc", "cursor")]
    public async Task Bad_parameters_are_refused_by_name(string parameter, string field)
    {
        using var response = await client.GetAsync(Searching.Url("azerbaijan", parameter));
        await response.AssertInvalidAsync(field);
    }

    [Fact]
    public async Task A_cursor_is_refused_by_another_query_or_list()
    {
        var cursor = (await client.GetObjectAsync(Searching.Url("azerbaijan", "limit=2"))).Str("nextCursor");
        using (var same = await client.GetAsync(Searching.Url("azerbaijan", $"limit=2&cursor={cursor}")))
        {
            Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        }

        foreach (var other in new[] { Searching.Url("azerbaijani", $"cursor={cursor}"), Searching.Url("azerbaijan", $"type=source&cursor={cursor}") })
        {
            using var response = await client.GetAsync(other);
            await response.AssertInvalidAsync("cursor");
        }

        var listCursor = (await client.GetObjectAsync("/api/recipients?limit=2")).Str("nextCursor");
        using var fromList = await client.GetAsync(Searching.Url("azerbaijan", $"cursor={listCursor}"));
        await fromList.AssertInvalidAsync("cursor");
        using var intoList = await client.GetAsync($"/api/recipients?cursor={cursor}");
        await intoList.AssertInvalidAsync("cursor");
    }

    /// <summary>Query syntax of FTS5 and tsquery is text like any other: it neither fails nor changes what is found.</summary>
    [Theory]
    [InlineData("UNMAS*", 3)]
    [InlineData("-UNMAS", 3)]
    [InlineData("(UNMAS)", 3)]
    [InlineData("^UNMAS", 3)]
    [InlineData("UNMAS:", 3)]
    [InlineData("{Title}:UNMAS", 0)] // the words "title" and "unmas" side by side
    [InlineData("title:UNMAS", 0)]
    [InlineData("\"UNMAS", 3)]
    [InlineData("UNMAS\"", 3)]
    [InlineData("NEAR(", 0)]
    [InlineData("NEAR(UNMAS OHCHR)", 0)] // "near" is a word no record has
    [InlineData("UNMAS OR zanzibar", 0)]
    [InlineData("UNMAS NOT OHCHR", 1)] // Azernews: "not to ignore"
    [InlineData("UNMAS AND OR", 1)] // Azernews: "killed or injured"
    [InlineData("UNMAS & OHCHR", 2)] // the reports name both
    [InlineData("UNMAS | zanzibar", 0)]
    [InlineData("!UNMAS", 3)]
    [InlineData("UNMAS:*", 3)]
    [InlineData("UNMAS <-> OHCHR", 2)]
    [InlineData("'UNMAS'", 3)]
    [InlineData("\\UNMAS", 3)]
    [InlineData("UNMAS; DROP TABLE \"SearchIndex\"; --", 0)]
    [InlineData("%_UNMAS_%", 3)]
    public async Task Query_syntax_in_the_text_is_only_text(string q, int hits)
    {
        using var response = await client.GetAsync(Searching.Url(q));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{q}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(hits, (await response.ReadObjectAsync())["items"]!.AsArray().Count);
    }
}
