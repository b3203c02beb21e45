using System.Net;
using LetterTracker.Api.Tests.Database;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Features.Search;

/// <summary>The same searches over PostgreSQL (tsvector, unaccent, ts_rank, ts_headline) as over SQLite's FTS5.</summary>
public sealed class SearchPostgresTests
{
    [PostgresFact]
    public async Task Searches_find_page_rank_and_follow_writes_over_postgres()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var app = new LetterTrackerApp(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:LetterTracker"] = database.ConnectionString,
        });
        using var client = app.CreateClient();

        await Searching.AssertSeededSearchesAsync(client);
        await Searching.AssertPagingAsync(client);
        await Searching.AssertWritesAreSearchableAsync(client);
        await Searching.AssertTitlesRankFirstAsync(client);

        foreach (var q in new[] { "NEAR(", "\"", "*", "title:x", "-", "AND OR", "UNMAS:*", "!UNMAS", "UNMAS | zanzibar", "UNMAS <-> OHCHR", "'UNMAS'", "\\UNMAS", "%00", "\u0000" })
        {
            using var response = await client.GetAsync(Searching.Url(q));
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest,
                $"{q}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        Assert.Equal(3, (await client.SearchAsync("UNMAS:*")).Count);
        Assert.Equal(2, (await client.SearchAsync("UNMAS <-> OHCHR")).Count);
    }

    /// <summary>A tsvector holds at most 1 MB; a million characters of distinct words must not fail the write.</summary>
    [PostgresFact]
    public async Task A_full_text_of_a_million_characters_of_distinct_words_is_stored_and_found()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var app = new LetterTrackerApp(seed: false, settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:LetterTracker"] = database.ConnectionString,
        });
        using var client = app.CreateClient();

        // Two-character words from the CJK block, all different, cut at a million characters.
        var words = Enumerable.Range(0, 333_334).Select(i => $"{(char)(0x4E00 + (i / 20_000))}{(char)(0x4E00 + (i % 20_000))}");
        var fullText = string.Join(' ', words)[..1_000_000];
        var source = await client.CreateAsync("/api/sources", new { attribution = "Word list", language = "zh", fullText });

        Assert.Equal([source.Str("id")], Searching.Ids(await client.SearchAsync("Word list")));
        Assert.Equal([source.Str("id")], Searching.Ids(await client.SearchAsync($"{(char)0x4E00}{(char)0x4E01}")));
    }
}
