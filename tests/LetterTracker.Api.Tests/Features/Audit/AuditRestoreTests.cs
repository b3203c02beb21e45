using System.Net;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Features.Audit;

/// <summary>POST /api/audit/{id}/restore: a deleted record comes back from its delete entry, with its id and content.</summary>
public sealed class AuditRestoreTests : IDisposable
{
    private readonly LetterTrackerApp app = new(seed: false);
    private readonly HttpClient client;

    public AuditRestoreTests()
    {
        client = app.CreateClient();
        app.Clock.Now = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    }

    [Fact]
    public async Task A_deleted_letter_comes_back_with_its_id_signatories_incidents_and_figures()
    {
        var first = (await client.CreateAsync("/api/organisations", new { name = "Prague Azerbaijani Culture House", kind = "diasporaOrganisation" })).Str("id");
        var second = (await client.CreateAsync("/api/organisations", new { name = "Azerbaijani House in Vienna", kind = "diasporaOrganisation" })).Str("id");
        var incident = (await client.CreateAsync("/api/incidents", Incident("Mine explosion in Aghdam"))).Str("id");
        var figure = (await client.CreateAsync("/api/casualty-figures", new { description = "Killed or injured by mines since November 2020", measure = "killedOrInjured", value = 393, asOf = "2025-04-07" })).Str("id");
        var letter = await client.CreateAsync("/api/letters", new
        {
            subject = "Protest after the mine explosions",
            summary = "Five organisations ask for action on mines.",
            language = "en",
            demands = new[] { "clear the mines", "support the victims" },
            sentOn = "2025-04-10",
            status = "sent",
            signatoryIds = new[] { first, second },
            incidentIds = new[] { incident },
            casualtyFigureIds = new[] { figure },
        });
        var id = letter.Str("id");
        var url = $"/api/letters/{id}";
        var asItWas = await client.GetObjectAsync(url);

        app.Clock.Advance(TimeSpan.FromDays(1));
        using (var deleted = await client.DeleteAsync(url, "\"1\""))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        Assert.Equal(0, (await client.GetObjectAsync($"/api/organisations/{first}"))["signedLetterCount"]!.GetValue<int>());
        var deletion = (await client.HistoryAsync("letters", id))[0];
        app.Clock.Advance(TimeSpan.FromDays(1));
        using var restored = await client.PostAsync($"/api/audit/{deletion.Str("id")}/restore", null);

        Assert.Equal(HttpStatusCode.Created, restored.StatusCode);
        Assert.Equal(url, restored.Headers.Location?.ToString());
        Assert.Equal("\"2\"", restored.Headers.ETag?.ToString()); // deleted at version 1: it goes on from there
        AssertSameContent(asItWas, await restored.ReadObjectAsync());
        var asRestored = await client.GetObjectAsync(url);
        AssertSameContent(asItWas, asRestored);
        Assert.Equal("2025-06-03T12:00:00+00:00", asRestored.Str("createdAt")); // a new row, as of the restore

        // What names it by id finds it again, and new records may name it.
        Assert.Equal(1, (await client.GetObjectAsync($"/api/organisations/{first}"))["signedLetterCount"]!.GetValue<int>());
        await client.CreateAsync("/api/citations", await CitationOfAsync("letter", id));

        var history = await client.HistoryAsync("letters", id);
        Assert.Equal(["restore", "delete", "create"], history.Select(e => e.Str("action")));
        // The restore's after is the write shape the delete's before recorded (without its version).
        var asDeleted = deletion["before"]!.DeepClone().AsObject();
        Assert.Equal(1, asDeleted["version"]!.GetValue<long>());
        asDeleted.Remove("version");
        Auditing.IsEntry(history[0], "restore", "letters", id, null, asDeleted.ToJsonString());
    }

    [Fact]
    public async Task A_deleted_recipient_comes_back_under_its_parent_and_letters_reach_it_again()
    {
        var parent = (await client.CreateAsync("/api/recipients", new { name = "European External Action Service", acronym = "EEAS", kind = "euInstitution" })).Str("id");
        var delegation = await client.CreateAsync("/api/recipients", new
        {
            name = "EU Delegation to the United States",
            kind = "euInstitution",
            parentId = parent,
            country = "United States",
            email = "delegation-usa@eeas.europa.eu",
            responseDays = 21,
        });
        var id = delegation.Str("id");
        var asItWas = await client.GetObjectAsync($"/api/recipients/{id}");
        using (var deleted = await client.DeleteAsync($"/api/recipients/{id}", "\"1\""))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        using var restored = await client.PostAsync($"/api/audit/{(await client.HistoryAsync("recipients", id))[0].Str("id")}/restore", null);
        Assert.Equal(HttpStatusCode.Created, restored.StatusCode);
        var asRestored = await client.GetObjectAsync($"/api/recipients/{id}");
        AssertSameContent(asItWas, asRestored);
        Assert.Equal("EEAS", asRestored["parent"].Str("acronym"));

        var letter = await client.CreateAsync("/api/letters", new { subject = "To the delegation", status = "sent", sentOn = "2025-04-10", recipientIds = new[] { id } });
        Assert.Equal("2025-05-01", letter["dispatches"]![0].Str("dueOn")); // its own 21-day window, restored
        await client.CreateAsync("/api/citations", await CitationOfAsync("recipient", id));
    }

    [Fact]
    public async Task A_deleted_record_of_every_kind_comes_back_as_it_was()
    {
        var source = (await client.CreateAsync("/api/sources", Source("Kept source"))).Str("id");
        var incident = (await client.CreateAsync("/api/incidents", Incident("Kept incident"))).Str("id");
        var letter = (await client.CreateAsync("/api/letters", new { subject = "Kept letter", status = "sent", sentOn = "2025-04-10" })).Str("id");
        var recipient = (await client.CreateAsync("/api/recipients", new { name = "Kept recipient", kind = "ngo" })).Str("id");
        var records = new (string Collection, object Body)[]
        {
            ("/api/sources", Source("Deleted source")),
            ("/api/citations", new { sourceId = source, quote = "Two civilians were injured", field = "injured", recordType = "incident", recordId = incident }),
            ("/api/incidents", Incident("Deleted incident")),
            ("/api/casualty-figures", new { description = "Deleted figure", measure = "killed", value = 12, periodFrom = "2020-11", asOf = "2025-04-07", reportedBy = "ANAMA" }),
            ("/api/organisations", new { name = "Deleted organisation", aliases = new[] { "DO" }, kind = "governmentBody", city = "Baku", country = "Azerbaijan", website = "https://example.org", email = "info@example.org" }),
            ("/api/recipients", new { name = "Deleted recipient", acronym = "DR", kind = "media", country = "France", responseDays = 5 }),
            ("/api/letters", new { subject = "Deleted letter", body = "Text.", status = "draft", demands = new[] { "one" } }),
            ("/api/dispatches", new { letterId = letter, recipientId = recipient, channel = "email", sentAt = "2025-04-11T09:30:00+02:00", deliveryRef = "msg-7" }),
        };

        foreach (var (collection, body) in records)
        {
            var id = (await client.CreateAsync(collection, body)).Str("id");
            var url = $"{collection}/{id}";
            var asItWas = await client.GetObjectAsync(url);
            using (var deleted = await client.DeleteAsync(url, "\"1\""))
            {
                Assert.True(deleted.StatusCode == HttpStatusCode.NoContent, $"DELETE {url}: {await deleted.Content.ReadAsStringAsync()}");
            }

            var deletion = (await client.HistoryAsync(collection["/api/".Length..], id))[0];
            using var restored = await client.PostAsync($"/api/audit/{deletion.Str("id")}/restore", null);
            Assert.True(restored.StatusCode == HttpStatusCode.Created, $"restore {url}: {await restored.Content.ReadAsStringAsync()}");
            Assert.Equal(url, restored.Headers.Location?.ToString());
            Assert.Equal("\"2\"", restored.Headers.ETag?.ToString()); // deleted at 1
            AssertSameContent(asItWas, await client.GetObjectAsync(url));
        }
    }

    [Fact]
    public async Task A_restored_record_goes_on_from_the_version_deleted_so_no_ETag_read_before_the_delete_matches()
    {
        var id = (await client.CreateAsync("/api/organisations", new { name = "Versioned body", kind = "other" })).Str("id");
        var url = $"/api/organisations/{id}";
        using (var updated = await client.PatchJsonAsync(url, new { city = "Baku" }, "\"1\""))
        {
            Assert.Equal("\"2\"", updated.Headers.ETag?.ToString());
        }

        var deletion = await DeleteAsync("organisations", id, "\"2\"");
        Assert.Equal(2, (await client.HistoryAsync("organisations", id))[0]["before"]!["version"]!.GetValue<long>());

        using (var restored = await client.PostAsync($"/api/audit/{deletion}/restore", null))
        {
            Assert.Equal(HttpStatusCode.Created, restored.StatusCode);
            Assert.Equal("\"3\"", restored.Headers.ETag?.ToString());
            Assert.Equal(3, (await restored.ReadObjectAsync())["version"]!.GetValue<long>());
        }

        using (var read = await client.GetAsync(url))
        {
            Assert.Equal("\"3\"", read.Headers.ETag?.ToString());
        }

        // A client holding a tag from before the delete is told the record changed, whatever it sends.
        foreach (var stale in new[] { "\"1\"", "\"2\"" })
        {
            using var replaced = await client.PutJsonAsync(url, new { name = "Versioned body", kind = "other", city = "Ganja" }, stale);
            var problem = await ProblemAssert.IsProblemAsync(replaced, HttpStatusCode.PreconditionFailed);
            Assert.Equal("The record has changed.", problem.Str("title"));
            Assert.Equal("\"3\"", problem.Str("currentETag"));
            using var patched = await client.PatchJsonAsync(url, new { city = "Ganja" }, stale);
            Assert.Equal(HttpStatusCode.PreconditionFailed, patched.StatusCode);
        }

        using (var replaced = await client.PutJsonAsync(url, new { name = "Versioned body", kind = "other", city = "Ganja" }, "\"3\""))
        {
            Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
            Assert.Equal("\"4\"", replaced.Headers.ETag?.ToString());
        }

        using (var patched = await client.PatchJsonAsync(url, new { city = "Shusha" }, "\"4\""))
        {
            Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        }

        // Deleted and restored again: on from there once more.
        var again = await DeleteAsync("organisations", id, "\"5\"");
        using var restoredAgain = await client.PostAsync($"/api/audit/{again}/restore", null);
        Assert.Equal("\"6\"", restoredAgain.Headers.ETag?.ToString());
        Assert.Equal("Shusha", (await client.GetObjectAsync(url)).Str("city"));
    }

    [Fact]
    public async Task A_restore_from_a_delete_entry_written_without_a_version_goes_above_every_version_the_record_had()
    {
        // A source's version moves with its citations, whose entries are their own: cited and uncited
        // three times, it is at version 7 with two entries (create, delete) of its own.
        var source = (await client.CreateAsync("/api/sources", Source("Cited and uncited"))).Str("id");
        var incident = (await client.CreateAsync("/api/incidents", Incident("Cited incident"))).Str("id");
        var citations = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            citations.Add((await client.CreateAsync("/api/citations", new { sourceId = source, quote = "Two civilians were injured", recordType = "incident", recordId = incident })).Str("id"));
        }

        foreach (var citation in citations)
        {
            using var deleted = await client.DeleteAsync($"/api/citations/{citation}", "\"1\"");
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        var url = $"/api/sources/{source}";
        Assert.Equal(7, (await client.GetObjectAsync(url))["version"]!.GetValue<long>());
        var deletion = await DeleteAsync("sources", source, "\"7\"");
        // The entry as deletes wrote it before they recorded the version: the write shape alone.
        await app.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.SingleAsync(e => e.Id == Guid.Parse(deletion));
            var shape = JsonNode.Parse(entry.Before!)!.AsObject();
            Assert.True(shape.Remove("version"));
            entry.Before = shape.ToJsonString();
            await db.SaveChangesAsync();
        });
        var entries = await app.WithDbAsync(db => db.AuditEntries.LongCountAsync());
        Assert.Equal(2, (await client.HistoryAsync("sources", source)).Count);

        using var restored = await client.PostAsync($"/api/audit/{deletion}/restore", null);

        Assert.Equal(HttpStatusCode.Created, restored.StatusCode);
        // 1 + every entry in the trail: above any version a record can have reached, here 7.
        var version = entries + 1;
        Assert.True(version > 7);
        Assert.Equal($"\"{version}\"", restored.Headers.ETag?.ToString());
        Assert.Equal("Cited and uncited", (await client.GetObjectAsync(url)).Str("title"));
        foreach (var stale in new[] { "\"1\"", "\"3\"", "\"7\"" })
        {
            using var refused = await client.PatchJsonAsync(url, new { title = "Renamed" }, stale);
            await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.PreconditionFailed);
        }

        using var patched = await client.PatchJsonAsync(url, new { title = "Renamed" }, $"\"{version}\"");
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal($"\"{version + 1}\"", patched.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task A_restore_that_no_longer_fits_is_a_409_naming_why_and_changes_nothing()
    {
        // A top-level name taken meanwhile.
        var unicef = (await client.CreateAsync("/api/recipients", new { name = "UNICEF", kind = "unAgency" })).Str("id");
        var unicefDeletion = await DeleteAsync("recipients", unicef);
        await client.CreateAsync("/api/recipients", new { name = "unicef", kind = "ngo" });
        // A signatory deleted meanwhile.
        var signatory = (await client.CreateAsync("/api/organisations", new { name = "Dissolved organisation", kind = "other" })).Str("id");
        var letter = (await client.CreateAsync("/api/letters", new { subject = "Signed by the dissolved", status = "draft", signatoryIds = new[] { signatory } })).Str("id");
        var letterDeletion = await DeleteAsync("letters", letter);
        await DeleteAsync("organisations", signatory);
        var before = await DatabaseSnapshot.TakeAsync(app.ConnectionString);

        using var nameTaken = await client.PostAsync($"/api/audit/{unicefDeletion}/restore", null);
        var problem = await ProblemAssert.IsProblemAsync(nameTaken, HttpStatusCode.Conflict);
        Assert.Equal(["name"], problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Contains($"recipient {unicef}", problem.Str("detail"));
        using var signatoryGone = await client.PostAsync($"/api/audit/{letterDeletion}/restore", null);
        problem = await ProblemAssert.IsProblemAsync(signatoryGone, HttpStatusCode.Conflict);
        Assert.Equal(["signatoryIds[0]"], problem["errors"]!.AsObject().Select(e => e.Key));

        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(app.ConnectionString));
    }

    [Fact]
    public async Task Only_a_delete_of_a_record_that_is_still_gone_can_be_restored()
    {
        var organisation = (await client.CreateAsync("/api/organisations", new { name = "Restored once", kind = "other" })).Str("id");
        var deletion = await DeleteAsync("organisations", organisation);
        var creation = (await client.HistoryAsync("organisations", organisation))[1].Str("id");

        using var notADelete = await client.PostAsync($"/api/audit/{creation}/restore", null);
        var problem = await ProblemAssert.IsProblemAsync(notADelete, HttpStatusCode.Conflict);
        Assert.Contains("records a create", problem.Str("detail"));

        using var restored = await client.PostAsync($"/api/audit/{deletion}/restore", null);
        Assert.Equal(HttpStatusCode.Created, restored.StatusCode);
        using var again = await client.PostAsync($"/api/audit/{deletion}/restore", null);
        problem = await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Contains($"organisation {organisation} exists", problem.Str("detail"));

        using var unknown = await client.PostAsync("/api/audit/0196371c-2a40-7b1e-9c3d-5f2a8e4b6c01/restore", null);
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound);
        using var malformed = await client.PostAsync("/api/audit/not-an-id/restore", null);
        await malformed.AssertInvalidAsync("id");
        Assert.Equal(["restore", "delete", "create"], (await client.HistoryAsync("organisations", organisation)).Select(e => e.Str("action")));
    }

    /// <summary>Deletes a record at its first version (or the one given); returns the id of the delete's audit entry.</summary>
    private async Task<string> DeleteAsync(string resource, string id, string eTag = "\"1\"")
    {
        using var deleted = await client.DeleteAsync($"/api/{resource}/{id}", eTag);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var entry = (await client.HistoryAsync(resource, id))[0];
        Assert.Equal("delete", entry.Str("action"));
        return entry.Str("id");
    }

    /// <summary>The same record: every field but the row's own times and version, which a restore moves on.</summary>
    private static void AssertSameContent(JsonObject expected, JsonObject actual)
    {
        static JsonNode Content(JsonObject record)
        {
            var copy = record.DeepClone().AsObject();
            copy.Remove("createdAt");
            copy.Remove("updatedAt");
            copy.Remove("version");
            return copy;
        }

        Auditing.Is(Content(expected).ToJsonString(), Content(actual));
    }

    private async Task<object> CitationOfAsync(string recordType, string recordId)
    {
        var source = (await client.CreateAsync("/api/sources", Source($"Source for a {recordType}"))).Str("id");
        return new { sourceId = source, quote = "Two civilians were injured", recordType, recordId };
    }

    private static object Source(string title) => new
    {
        title,
        outlet = "Caliber.Az",
        publishedAt = "2025-04-14T12:03:00+04:00",
        attribution = "Caliber.Az reports",
        language = "en",
        fullText = "Two civilians were injured when a mine exploded in Aghdam.",
    };

    private static object Incident(string title) => new
    {
        title,
        kind = "landmineExplosion",
        country = "Azerbaijan",
        district = "Aghdam",
        occurredFrom = "2025-04-06",
        occurredTo = "2025-04-07",
        injured = 2,
        civilian = true,
        description = "Two civilians were injured.",
    };

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
    }
}
