using LetterTracker.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Seed;

public sealed class SeedRestartTests
{
    [Fact]
    public async Task Restarting_on_a_seeded_database_adds_nothing_and_keeps_the_users_edits_and_deletions()
    {
        using var first = new LetterTrackerApp();
        var before = await first.WithDbAsync(async db => new
        {
            Letters = await db.Letters.CountAsync(),
            Dispatches = await db.Dispatches.CountAsync(),
            Citations = await db.Citations.CountAsync(),
            Organisations = await db.Organisations.CountAsync(),
        });

        // A user renames a seeded organisation and deletes a seeded citation.
        await first.WithDbAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Name == "European Azerbaijan Center");
            organisation.Name = "European Azerbaijan Centre";
            db.Citations.Remove(await db.Citations.OrderBy(c => c.Id).FirstAsync());
            await db.SaveChangesAsync();
        });

        // A second start on the same database.
        using var second = new LetterTrackerApp(settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:LetterTracker"] = first.ConnectionString,
        });
        using var client = second.CreateClient();
        var organisations = await client.GetAllAsync("/api/organisations");

        Assert.Equal(before.Organisations, organisations.Count);
        Assert.Contains(organisations, o => o.Str("name") == "European Azerbaijan Centre");
        Assert.DoesNotContain(organisations, o => o.Str("name") == "European Azerbaijan Center");
        Assert.Equal(before.Citations - 1, (await client.GetAllAsync("/api/citations")).Count);
        Assert.Equal(before.Letters, (await client.GetAllAsync("/api/letters")).Count);
        Assert.Equal(before.Dispatches, (await client.GetAllAsync("/api/dispatches")).Count);
    }

    [Fact]
    public async Task Seeding_can_be_turned_off()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        Assert.Empty(await client.GetAllAsync("/api/letters"));
        Assert.Empty(await client.GetAllAsync("/api/sources"));
    }
}
