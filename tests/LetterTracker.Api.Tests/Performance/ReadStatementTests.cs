using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace LetterTracker.Api.Tests.Performance;

/// <summary>
/// Reads stay lean (issue 12): a record by id and a page of a list are a fixed number of statements on
/// one connection, whatever the page size or the number of related records, and no connection opened:
/// the one the first request opened is kept open, with its prepared statements. These tests fail when a
/// read grows statements (a query per row) or connections (a lookup on a connection of its own).
/// </summary>
public sealed class ReadStatementTests : IDisposable
{
    private readonly LetterTrackerApp app = new();
    private readonly DatabaseTraffic traffic = new();
    private readonly WebApplicationFactory<Program> counted;
    private readonly HttpClient client;
    private readonly ITestOutputHelper output;

    public ReadStatementTests(ITestOutputHelper output)
    {
        this.output = output;
        counted = traffic.Attach(app);
        client = counted.CreateClient();
    }

    [Fact]
    public async Task A_letter_by_id_is_the_key_its_row_and_one_query_for_everything_it_shows()
    {
        var id = (await client.GetAllAsync("/api/letters")).Single().Str("id");
        await client.GetObjectAsync($"/api/letters/{id}"); // the first request compiles the query

        traffic.Reset();
        var letter = await client.GetObjectAsync($"/api/letters/{id}");

        output.WriteLine(traffic.ToString());
        // The seeded letter shows all five lists, so each kind of related row is in the one query.
        Assert.All(new[] { "signatories", "incidents", "casualtyFigures", "dispatches", "citations" },
            list => Assert.NotEmpty(letter[list]!.AsArray()));
        // 1 the API key, 1 the letter's own columns, 1 its signatories, incidents, casualty figures,
        // dispatches (with their recipients) and citations together.
        Assert.Equal(3, traffic.Commands.Count);
        Assert.Equal(0, traffic.ConnectionOpens);
    }

    [Theory]
    [InlineData("/api/letters?limit=1", 2)]
    // The seeded letter has no sentOn: a page sorted by it reads the letters with one, then those without.
    [InlineData("/api/letters?limit=200&sort=-sentOn", 3)]
    public async Task A_page_of_letters_is_the_key_and_the_page_with_its_counts(string page, int statements)
    {
        await client.GetObjectAsync(page);

        traffic.Reset();
        await client.GetObjectAsync(page);

        output.WriteLine(traffic.ToString());
        // 1 the API key, 1 the letters with their signatory, dispatch and overdue counts (2 when the sort
        // field may be null).
        Assert.Equal(statements, traffic.Commands.Count);
        Assert.Equal(0, traffic.ConnectionOpens);
    }

    [Theory]
    [InlineData("/api/dispatches?limit=200", 2)]
    // The seeded dispatches have no dueOn: the records with it, then those without.
    [InlineData("/api/dispatches?overdue=false&limit=200&sort=dueOn", 3)]
    [InlineData("/api/recipients?limit=200", 2)]
    [InlineData("/api/organisations?limit=200", 2)]
    [InlineData("/api/incidents?limit=200", 2)]
    [InlineData("/api/sources?limit=200", 2)]
    // Each recipient's counters, its reply-delay histogram included, are subqueries of the page's query.
    [InlineData("/api/stats/recipients?limit=200", 2)]
    public async Task A_page_of_summaries_is_the_key_and_one_query(string page, int statements)
    {
        await client.GetObjectAsync(page);

        traffic.Reset();
        await client.GetObjectAsync(page);

        output.WriteLine(traffic.ToString());
        Assert.Equal(statements, traffic.Commands.Count);
        Assert.Equal(0, traffic.ConnectionOpens);
    }

    public void Dispose()
    {
        client.Dispose();
        counted.Dispose();
        app.Dispose();
    }
}
