using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Features.Search;

/// <summary>The index follows every write through the API, and ranks titles first, on records each test makes.</summary>
public sealed class SearchIndexUpdateTests
{
    [Fact]
    public async Task Writes_are_searchable_at_once()
    {
        using var app = new LetterTrackerApp(seed: false);
        await Searching.AssertWritesAreSearchableAsync(app.CreateClient());
    }

    [Fact]
    public async Task Title_matches_rank_above_body_matches()
    {
        using var app = new LetterTrackerApp(seed: false);
        await Searching.AssertTitlesRankFirstAsync(app.CreateClient());
    }
}
