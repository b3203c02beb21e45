using System.Net;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Tests.Common;

public sealed class PagingTests
{
    private static async Task<List<Guid>> AddOrganisationsAsync(LetterTrackerApp app, int count) =>
        await app.WithDbAsync(async db =>
        {
            var organisations = Enumerable.Range(1, count)
                .Select(i => new Organisation { Name = $"Paging test organisation {i}", Kind = OrganisationKind.Other })
                .ToList();
            db.Organisations.AddRange(organisations);
            await db.SaveChangesAsync();
            return organisations.Select(o => o.Id).Order().ToList();
        });

    [Fact]
    public async Task Pages_follow_the_cursor_and_the_Link_header_through_every_record_once_in_id_order()
    {
        using var app = new LetterTrackerApp(seed: false);
        var ids = await AddOrganisationsAsync(app, 7);
        using var client = app.CreateClient();

        var seen = new List<Guid>();
        var url = "/api/organisations?limit=3";
        var pages = 0;
        while (url is not null)
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.ReadObjectAsync();
            seen.AddRange(page["items"]!.AsArray().Select(i => Guid.Parse(i.Str("id"))));
            var nextCursor = page.StrOrNull("nextCursor");
            var link = response.Headers.TryGetValues("Link", out var values) ? values.Single() : null;
            if (nextCursor is null)
            {
                Assert.Null(link);
                url = null;
            }
            else
            {
                Assert.NotNull(link);
                Assert.EndsWith("; rel=\"next\"", link);
                url = link[1..link.IndexOf('>')];
                Assert.Contains($"cursor={nextCursor}", url);
            }

            pages++;
        }

        Assert.Equal(3, pages); // 3 + 3 + 1
        Assert.Equal(ids, seen);
    }

    [Fact]
    public async Task The_next_link_keeps_the_requests_other_parameters()
    {
        using var app = new LetterTrackerApp(seed: false);
        await AddOrganisationsAsync(app, 3);
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/api/organisations?limit=2&sort=createdAt");
        var link = response.Headers.GetValues("Link").Single();
        Assert.StartsWith("</api/organisations?sort=createdAt&limit=2&cursor=", link);
    }

    [Fact]
    public async Task Without_a_limit_the_configured_default_page_size_applies()
    {
        using var app = new LetterTrackerApp(seed: false, settings: new Dictionary<string, string?> { ["Paging:DefaultLimit"] = "4" });
        await AddOrganisationsAsync(app, 5);
        using var client = app.CreateClient();
        var page = await client.GetObjectAsync("/api/organisations");
        Assert.Equal(4, page["items"]!.AsArray().Count);
        Assert.NotNull(page.StrOrNull("nextCursor"));
    }

    [Fact]
    public async Task An_empty_list_is_an_empty_page_without_a_cursor()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        var page = await client.GetObjectAsync("/api/letters");
        Assert.Empty(page["items"]!.AsArray());
        Assert.Null(page["nextCursor"]);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("limit=-5", "limit")]
    [InlineData("cursor=zzz", "cursor")]
    [InlineData("cursor=AAAAAAAAAAAAAAAAAAAAAAA", "cursor")] // well-formed base64url, not JSON
    [InlineData("cursor=eyJpZCI6IjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMCJ9", "cursor")] // {"id":"0000…"}: no such position
    [InlineData("cursor=%F0%9F%92%A5", "cursor")]
    public async Task Bad_paging_parameters_are_400_problems_keyed_by_the_parameter(string query, string field)
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        using var response = await client.GetAsync($"/api/recipients?{query}");
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]?[field]);
    }

    [Theory]
    [InlineData("limit=abc")]
    [InlineData("limit=99999999999")]
    public async Task An_unreadable_limit_is_a_400_problem_naming_it(string query)
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        using var response = await client.GetAsync($"/api/letters?{query}");
        await response.AssertInvalidAsync("limit");
    }
}
