using LetterTracker.Api.Features.Search;
using LetterTracker.Api.Tests.Database;
using LetterTracker.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Features.Search;

/// <summary>SearchIndex.Matching inside other EF queries, as list filters use it, on both providers.</summary>
public sealed class SearchIndexMatchingTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    [Fact]
    public Task Matching_composes_inside_queries_over_sqlite() => AssertComposesAsync(seeded.App);

    [PostgresFact]
    public async Task Matching_composes_inside_queries_over_postgres()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var app = new LetterTrackerApp(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:LetterTracker"] = database.ConnectionString,
        });
        await AssertComposesAsync(app);
    }

    private static Task AssertComposesAsync(LetterTrackerApp app) => app.WithDbAsync(async db =>
    {
        // The other spelling of the district, in a filter beside another condition.
        Assert.Equal(["Mine explosions in the Aghdam district"], await db.Incidents
            .Where(i => i.Country == "Azerbaijan" && SearchIndex.Matching(db, SearchType.Incident, "Agdam").Contains(i.Id))
            .Select(i => i.Title).ToListAsync());

        // An acronym, in any case; another type's matches (the reports name UNMAS too) stay out.
        Assert.Equal(["UN Mine Action Service"], await db.Recipients
            .Where(r => SearchIndex.Matching(db, SearchType.Recipient, "unmas").Contains(r.Id))
            .Select(r => r.Name).ToListAsync());
        Assert.Equal(2, await db.Sources.CountAsync(s => SearchIndex.Matching(db, SearchType.Source, "UNMAS").Contains(s.Id)));

        // Every term must match: both district names are in the letter; a word no record has is not.
        Assert.Equal(1, await db.Letters.CountAsync(l => SearchIndex.Matching(db, SearchType.Letter, "jabrayil AGHDAM").Contains(l.Id)));
        Assert.Equal(0, await db.Letters.CountAsync(l => SearchIndex.Matching(db, SearchType.Letter, "aghdam zanzibar").Contains(l.Id)));

        // Ordered and paged by the outer query, the match only filters.
        Assert.Equal(["Deutsche Welle", "The Guardian"], await db.Recipients
            .Where(r => SearchIndex.Matching(db, SearchType.Recipient, "\"deutsche welle\"").Contains(r.Id)
                || SearchIndex.Matching(db, SearchType.Recipient, "guardian").Contains(r.Id))
            .OrderBy(r => r.Name).Select(r => r.Name).ToListAsync());
    });
}
