using LetterTracker.Api.Features.Search;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Tests.Features.Search;

/// <summary>
/// Past <see cref="SearchIndex.WindowSize"/> matches, results are ranked window by window (newest
/// matches first): paging still visits every match exactly once, and each window is best first.
/// </summary>
public sealed class SearchWindowTests : IDisposable
{
    private const int Count = SearchIndex.WindowSize * 2 + 37;
    private readonly LetterTrackerApp app = new(seed: false);

    public void Dispose() => app.Dispose();

    [Theory]
    [InlineData(7)]
    [InlineData(50)]
    [InlineData(200)]
    public async Task Paging_through_many_matches_visits_each_once(int limit)
    {
        var ids = await AddOrganisationsAsync();
        using var client = app.CreateClient();

        var found = await client.GetAllAsync(Searching.Url("zyxwind"), limit);

        Assert.Equal(Count, found.Count);
        Assert.Equal(ids.Order(), found.Select(h => Guid.Parse(h.Str("id")!)).Order());
    }

    [Fact]
    public async Task The_newest_window_comes_first_and_title_matches_rank_first_in_it()
    {
        var ids = await AddOrganisationsAsync();
        using var client = app.CreateClient();

        var first = await client.GetObjectAsync(Searching.Url("zyxwind", $"limit={SearchIndex.WindowSize}"));
        var page = first["items"]!.AsArray().Select(h => Guid.Parse(h!.Str("id")!)).ToList();

        // The newest window holds the last organisations written; in it, names (titles) rank above cities (bodies).
        Assert.Equal(ids.TakeLast(SearchIndex.WindowSize).Order(), page.Order());
        var titles = page.Select(id => ids.IndexOf(id) % 2 == 0).ToList();
        Assert.Equal(titles.OrderByDescending(t => t), titles);
    }

    /// <summary>Organisations that all match "zyxwind": every other one in its name, the rest in their city; in the order written.</summary>
    private async Task<List<Guid>> AddOrganisationsAsync()
    {
        var organisations = Enumerable.Range(0, Count).Select(i => i % 2 == 0
            ? new Organisation { Name = $"Zyxwind society {i}" }
            : new Organisation { Name = $"Society {i}", City = "Zyxwind" }).ToList();
        await app.WithDbAsync(async db =>
        {
            foreach (var organisation in organisations)
            {
                db.Organisations.Add(organisation);
                await db.SaveChangesAsync();
            }
        });
        return [.. organisations.Select(o => o.Id)];
    }
}
