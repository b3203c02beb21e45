using System.Net;
using LetterTracker.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Features.Audit;

/// <summary>GET /api/audit: newest first, filtered by record and time, keyset-paged; bad parameters are 400s keyed by them.</summary>
public sealed class AuditQueryTests : IDisposable
{
    private readonly LetterTrackerApp app = new(seed: false);
    private readonly HttpClient client;

    public AuditQueryTests()
    {
        client = app.CreateClient();
        app.Clock.Now = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    }

    /// <summary>Five writes a minute apart (12:00 to 12:04): two organisations created, one renamed, a recipient created, the first organisation deleted.</summary>
    private async Task<(string First, string Second, string Recipient)> WriteAsync()
    {
        var first = (await client.CreateAsync("/api/organisations", new { name = "First", kind = "other" })).Str("id");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = (await client.CreateAsync("/api/organisations", new { name = "Second", kind = "other" })).Str("id");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        using (var renamed = await client.PatchJsonAsync($"/api/organisations/{first}", new { name = "First, renamed" }, "\"1\""))
        {
            Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        }

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var recipient = (await client.CreateAsync("/api/recipients", new { name = "UNICEF", kind = "unAgency" })).Str("id");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        using (var deleted = await client.DeleteAsync($"/api/organisations/{first}", "\"2\""))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        return (first, second, recipient);
    }

    private Task<string> AdminKeyIdAsync() => app.WithDbAsync(async db => (await db.ApiKeys.SingleAsync()).Id.ToString());

    private async Task<List<(string Action, string RecordId, string At)>> EntriesAsync(string query) =>
        [.. (await client.GetAllAsync($"/api/audit{query}")).Select(e => (e.Str("action"), e.Str("recordId"), e.Str("at")))];

    [Fact]
    public async Task Entries_come_newest_first_and_filter_by_resource_record_and_time()
    {
        var (first, second, recipient) = await WriteAsync();

        Assert.Equal(
            [
                ("delete", first, "2025-06-01T12:04:00+00:00"),
                ("create", recipient, "2025-06-01T12:03:00+00:00"),
                ("update", first, "2025-06-01T12:02:00+00:00"),
                ("create", second, "2025-06-01T12:01:00+00:00"),
                ("create", first, "2025-06-01T12:00:00+00:00"),
                ("create", await AdminKeyIdAsync(), "2025-05-01T09:00:00+00:00"), // the bootstrap key, as the app started
            ],
            await EntriesAsync(""));
        Assert.Equal([("create", recipient, "2025-06-01T12:03:00+00:00")], await EntriesAsync("?resource=recipients"));
        Assert.Equal(["delete", "update", "create"], (await EntriesAsync($"?resource=organisations&id={first}")).Select(e => e.Action));
        Assert.Empty(await EntriesAsync($"?resource=recipients&id={first}"));
        // from is inclusive, to exclusive; an offset other than Z names the same instant.
        Assert.Equal(
            [("create", recipient, "2025-06-01T12:03:00+00:00"), ("update", first, "2025-06-01T12:02:00+00:00")],
            await EntriesAsync("?from=2025-06-01T12:02:00Z&to=2025-06-01T14:04:00%2B02:00"));
        Assert.Equal([("update", first, "2025-06-01T12:02:00+00:00")], await EntriesAsync($"?resource=organisations&id={first}&from=2025-06-01T12:01:00Z&to=2025-06-01T12:03:00Z"));
    }

    [Fact]
    public async Task Pages_of_two_go_through_every_entry_once_also_among_entries_of_one_instant()
    {
        await WriteAsync();
        // Three more at one instant: the order among them is by id, and paging neither skips nor repeats one.
        for (var i = 0; i < 3; i++)
        {
            await client.CreateAsync("/api/incidents", new
            {
                title = $"Incident {i}",
                kind = "landmineExplosion",
                country = "Azerbaijan",
                district = "Aghdam",
                occurredFrom = "2025-04-06",
                occurredTo = "2025-04-07",
                description = "A test incident.",
            });
        }

        var pages = new List<List<string>>();
        string? cursor = null;
        do
        {
            using var response = await client.GetAsync("/api/audit?limit=2" + (cursor is null ? "" : $"&cursor={cursor}"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.ReadObjectAsync();
            pages.Add([.. page["items"]!.AsArray().Select(e => e.Str("id"))]);
            cursor = page.StrOrNull("nextCursor");
            Assert.Equal(cursor is not null, response.Headers.Contains("Link"));
        }
        while (cursor is not null);

        var all = await client.GetAllAsync("/api/audit");
        Assert.Equal([2, 2, 2, 2, 1], pages.Select(p => p.Count));
        Assert.Equal(all.Select(e => e.Str("id")), pages.SelectMany(p => p));
        Assert.Equal(9, all.Select(e => e.Str("id")).Distinct().Count()); // the eight writes and the bootstrap key's creation
        Assert.Equal(["incidents", "incidents", "incidents", "organisations"], all.Take(4).Select(e => e.Str("resource")));
    }

    [Theory]
    [InlineData("?resource=letter", "resource")]
    [InlineData("?resource=api", "resource")]
    [InlineData("?resource=letters&resource=recipients", "resource")]
    [InlineData("?id=0196371c-2a40-7b1e-9c3d-5f2a8e4b6c01", "id")]
    [InlineData("?resource=letters&id=not-a-uuid", "id")]
    [InlineData("?from=2025-06-01T12:00:00", "from")]
    [InlineData("?from=2025-06-01", "from")]
    [InlineData("?to=yesterday", "to")]
    [InlineData("?from=2025-06-01T12:00:00Z&to=2025-06-01T12:00:00Z", "to")]
    [InlineData("?from=2025-06-01T13:00:00Z&to=2025-06-01T12:00:00Z", "to")]
    [InlineData("?limit=0", "limit")]
    [InlineData("?cursor=bm90IGEgY3Vyc29y", "cursor")]
    public async Task A_bad_parameter_is_a_400_keyed_by_it(string query, string parameter)
    {
        using var response = await client.GetAsync($"/api/audit{query}");
        await response.AssertInvalidAsync(parameter);
    }

    [Fact]
    public async Task A_cursor_of_another_list_is_refused()
    {
        await client.CreateAsync("/api/organisations", new { name = "One", kind = "other" });
        await client.CreateAsync("/api/organisations", new { name = "Two", kind = "other" });
        var organisations = await client.GetObjectAsync("/api/organisations?limit=1");
        using var response = await client.GetAsync($"/api/audit?cursor={organisations.Str("nextCursor")}");
        await response.AssertInvalidAsync("cursor");
    }

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
    }
}
