using System.Net;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Features.Search;

/// <summary>Searching as a client does, and the searches the SQLite and PostgreSQL tests both run.</summary>
public static class Searching
{
    public const string Caliber = "Azerbaijani diaspora in Europe sent letters to international organisations over Armenian landmine terror";
    public const string Azernews = "Azernews reports, citing the State Committee for Work with Diaspora";
    public const string Letter = "Protest letters after the mine explosions in Aghdam and Jabrayil on 6–7 April 2025";
    public const string Unmas = "UN Mine Action Service (UNMAS)";

    public static string Url(string q, string? more = null) => $"/api/search?q={Uri.EscapeDataString(q)}" + (more is null ? "" : "&" + more);

    /// <summary>Every hit, all pages followed.</summary>
    public static Task<List<JsonObject>> SearchAsync(this HttpClient client, string q, string? more = null) =>
        client.GetAllAsync(Url(q, more));

    /// <summary>Each hit as "type: title", in rank order.</summary>
    public static async Task<List<string>> FoundAsync(this HttpClient client, string q, string? more = null) =>
        [.. (await client.SearchAsync(q, more)).Select(h => $"{h.Str("type")}: {h.Str("title")}")];

    /// <summary>On the seeded reports: aliases, acronyms, phrases, full texts, the type filter and snippets.</summary>
    public static async Task AssertSeededSearchesAsync(HttpClient client)
    {
        // The district's other spelling is an alias of the incident; only Azernews writes it.
        Assert.Equal(
            ["incident: Mine explosions in the Aghdam district", $"source: {Azernews}"],
            (await client.FoundAsync("Agdam")).Order());
        var incident = Assert.Single(await client.SearchAsync("Agdam", "type=incident"));
        Assert.Contains("**Agdam**", incident.Str("snippet"), StringComparison.Ordinal);

        // The acronym, in any case: the recipient's title matches, so it ranks above the reports.
        var unmas = await client.SearchAsync("UNMAS");
        Assert.Equal([$"recipient: {Unmas}", $"source: {Caliber}", $"source: {Azernews}"],
            [unmas[0].Str("type") + ": " + unmas[0].Str("title"), .. (await client.FoundAsync("UNMAS")).Skip(1).Order()]);
        Assert.Equal("UN Mine Action Service (**UNMAS**)", unmas[0].Str("snippet"));
        Assert.Equal(Ids(unmas), Ids(await client.SearchAsync("unmas")));

        // A phrase matches the words side by side only; the letter has "mine" and "action" apart.
        Assert.Equal([$"recipient: {Unmas}", $"source: {Caliber}", $"source: {Azernews}"],
            (await client.FoundAsync("\"mine action\"")).Order());
        Assert.Equal([$"letter: {Letter}", $"recipient: {Unmas}", $"source: {Caliber}", $"source: {Azernews}"],
            (await client.FoundAsync("mine action")).Order());
        Assert.Empty(await client.SearchAsync("\"action mine\""));

        // A source's full text: only Azernews names the war.
        var war = Assert.Single(await client.SearchAsync("garabagh"));
        Assert.Equal(("source", Azernews), (war.Str("type"), war.Str("title")));
        Assert.Contains("Second **Garabagh** War", war.Str("snippet"), StringComparison.Ordinal);

        // A word beside typographic punctuation: “Prague ... House,” and Azerbaijan’s.
        Assert.Equal([$"organisation: Prague Azerbaijani Culture House", $"source: {Azernews}"], (await client.FoundAsync("prague")).Order());
        Assert.Equal([$"source: {Azernews}"], await client.FoundAsync("\"Azerbaijan's Agdam\""));

        // The type filter.
        Assert.Equal([$"incident: Mine explosions in the Aghdam district", $"letter: {Letter}", $"source: {Caliber}"],
            (await client.FoundAsync("Aghdam")).Order());
        Assert.Equal([$"letter: {Letter}"], await client.FoundAsync("Aghdam", "type=letter"));
        Assert.Equal([$"source: {Caliber}"], await client.FoundAsync("Aghdam", "type=source"));
        Assert.Empty(await client.FoundAsync("Aghdam", "type=organisation"));
    }

    /// <summary>Pages of two through the seven records that name Azerbaijan: each once, in the one-page order.</summary>
    public static async Task AssertPagingAsync(HttpClient client)
    {
        var all = await client.GetObjectAsync(Url("azerbaijan", "limit=200"));
        Assert.Null(all["nextCursor"]);
        var expected = Ids(all["items"]!.AsArray().Select(i => i!.AsObject()));
        Assert.Equal(7, expected.Count); // the letter, both incidents, both reports, two organisations

        var paged = new List<string>();
        var sizes = new List<int>();
        var url = Url("azerbaijan", "limit=2");
        while (true)
        {
            using var response = await client.GetAsync(url);
            var page = await response.ReadObjectAsync();
            var items = page["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
            sizes.Add(items.Count);
            paged.AddRange(Ids(items));
            var cursor = page.StrOrNull("nextCursor");
            if (cursor is null)
            {
                Assert.False(response.Headers.Contains("Link"));
                break;
            }

            var next = $"/api/search?q=azerbaijan&limit=2&cursor={cursor}";
            Assert.Equal($"<{next}>; rel=\"next\"", Assert.Single(response.Headers.GetValues("Link")));
            url = next;
            Assert.True(sizes.Count < 10, "Paging does not end.");
        }

        Assert.Equal([2, 2, 2, 1], sizes);
        Assert.Equal(expected, paged);
    }

    /// <summary>Creates, replaces, patches and deletes through the API: each change is searchable at once.</summary>
    public static async Task AssertWritesAreSearchableAsync(HttpClient client)
    {
        var organisation = await client.CreateAsync("/api/organisations",
            new { name = "Quillon Trust", aliases = new[] { "Friends of Zanzibar" }, kind = "other", city = "Malmö" });
        var id = organisation.Str("id");
        var url = $"/api/organisations/{id}";
        Assert.Equal([id], Ids(await client.SearchAsync("quillon")));
        Assert.Equal([id], Ids(await client.SearchAsync("zanzibar")));
        Assert.Equal([id], Ids(await client.SearchAsync("MALMO"))); // without the diacritic

        // Replaced: found by the new name only; the alias and city it no longer has are gone.
        using (var replaced = await client.PutJsonAsync(url, new { name = "Marlowe Trust", kind = "other" }, "\"1\""))
        {
            Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        }

        Assert.Empty(await client.SearchAsync("quillon"));
        Assert.Empty(await client.SearchAsync("zanzibar"));
        Assert.Empty(await client.SearchAsync("malmo"));
        Assert.Equal(["organisation: Marlowe Trust"], await client.FoundAsync("marlowe"));

        using (var patched = await client.PatchJsonAsync(url, new { aliases = new[] { "Société de Genève" } }, "\"2\""))
        {
            Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        }

        var alias = Assert.Single(await client.SearchAsync("societe geneve"));
        Assert.Equal("**Société** de **Genève**", alias.Str("snippet"));
        Assert.Equal([id], Ids(await client.SearchAsync("GENÈVE")));

        using (var deleted = await client.DeleteAsync(url, "\"3\""))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        Assert.Empty(await client.SearchAsync("marlowe"));
        Assert.Empty(await client.SearchAsync("geneve"));

        // A letter's demands are a list (JSON text on SQLite, with non-ASCII characters escaped).
        var letter = await client.CreateAsync("/api/letters", new
        {
            subject = "Appeal to the Zurich office",
            status = "draft",
            demands = new[] { "Entschädigung für die Opfer", "Karten der Minenfelder" },
        });
        var letterId = letter.Str("id");
        Assert.Equal([letterId], Ids(await client.SearchAsync("Zürich"))); // with a diacritic the record lacks
        Assert.Equal([letterId], Ids(await client.SearchAsync("entschadigung fur")));
        Assert.Equal([letterId], Ids(await client.SearchAsync("\"Karten der Minenfelder\"")));
        using (var patched = await client.PatchJsonAsync($"/api/letters/{letterId}", new { demands = new[] { "Räumung" } }, "\"1\""))
        {
            Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        }

        Assert.Empty(await client.SearchAsync("entschadigung"));
        Assert.Equal([letterId], Ids(await client.SearchAsync("raumung")));

        // A recipient's acronym is part of its title.
        var recipient = await client.CreateAsync("/api/recipients", new { name = "Nordic Demining Council", acronym = "NDC", kind = "ngo" });
        Assert.Equal(["recipient: Nordic Demining Council (NDC)"], await client.FoundAsync("ndc"));
        using (var patched = await client.PatchJsonAsync($"/api/recipients/{recipient.Str("id")}", new { acronym = "NODC" }, "\"1\""))
        {
            Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        }

        Assert.Empty(await client.SearchAsync("ndc"));
        Assert.Equal(["recipient: Nordic Demining Council (NODC)"], await client.FoundAsync("nodc"));

        // A source's full text.
        var source = await client.CreateAsync("/api/sources", new { attribution = "Field notes", language = "en", fullText = "A quokka crossed the road." });
        Assert.Equal(["source: Field notes"], await client.FoundAsync("quokka"));
        using (var patched = await client.PatchJsonAsync($"/api/sources/{source.Str("id")}", new { title = "Wombat notes", fullText = "Only wombats here." }, "\"1\""))
        {
            Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        }

        Assert.Empty(await client.SearchAsync("quokka"));
        Assert.Equal(["source: Wombat notes"], await client.FoundAsync("wombats"));
    }

    /// <summary>A title match ranks above a body match, though the body has the word twice and is older.</summary>
    public static async Task AssertTitlesRankFirstAsync(HttpClient client)
    {
        static object Incident(string title, string description) => new
        {
            title,
            kind = "other",
            country = "Azerbaijan",
            district = "Fuzuli",
            occurredFrom = "2025-05-01",
            occurredTo = "2025-05-01",
            description,
        };
        var inBody = await client.CreateAsync("/api/incidents", Incident("Explosion by the river", "Witnesses saw a zephyr drone, then a second zephyr drone."));
        var inTitle = await client.CreateAsync("/api/incidents", Incident("Zephyr drone strike", "Nothing more is known."));

        var hits = await client.SearchAsync("zephyr");
        Assert.Equal([inTitle.Str("id"), inBody.Str("id")], Ids(hits));
        Assert.Equal("**Zephyr** drone strike", hits[0].Str("snippet"));
        Assert.Equal([inTitle.Str("id"), inBody.Str("id")], Ids(await client.SearchAsync("drone zephyr")));
    }

    public static List<string> Ids(IEnumerable<JsonObject> hits) => [.. hits.Select(h => h.Str("id"))];
}
