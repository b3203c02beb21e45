using System.Net;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Tests.Features.Letters;

/// <summary>Letters with their relations: created in one request, changed later, deleted only when nothing hangs on them.</summary>
public sealed class LetterWriteTests : IDisposable
{
    private const string Collection = "/api/letters";
    private readonly LetterTrackerApp app = new(seed: false);
    private readonly HttpClient client;

    public LetterWriteTests()
    {
        client = app.CreateClient();
        // "Today" for the not-in-the-future rules.
        app.Clock.Now = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    }

    private async Task<string> OrganisationAsync(string name) =>
        (await client.CreateAsync("/api/organisations", new { name, kind = "diasporaOrganisation" })).Str("id");

    private Task<string> RecipientAsync(string name, int? responseDays = null) => app.WithDbAsync(async db =>
    {
        var recipient = new Recipient { Name = name, Kind = RecipientKind.Ngo, ResponseDays = responseDays };
        db.Recipients.Add(recipient);
        await db.SaveChangesAsync();
        return recipient.Id.ToString();
    });

    private Task<string> IncidentAsync() => app.WithDbAsync(async db =>
    {
        var incident = new Incident
        {
            Title = "Mine explosion",
            Kind = IncidentKind.LandmineExplosion,
            Country = "Azerbaijan",
            District = "Aghdam",
            OccurredFrom = new DateOnly(2025, 4, 6),
            OccurredTo = new DateOnly(2025, 4, 7),
            Description = "A test incident.",
        };
        db.Incidents.Add(incident);
        await db.SaveChangesAsync();
        return incident.Id.ToString();
    });

    private static IEnumerable<string> Ids(JsonNode? list) => list!.AsArray().Select(i => i!.GetValue<string>());

    [Fact]
    public async Task A_letter_is_created_with_its_relations_and_one_dispatch_per_recipient()
    {
        var signatory = await OrganisationAsync("Prague Azerbaijani Culture House");
        var incident = await IncidentAsync();
        var unmas = await RecipientAsync("UN Mine Action Service", responseDays: 14);
        var guardian = await RecipientAsync("The Guardian");

        var letter = await client.CreateAsync(Collection, new
        {
            subject = "Protest after the mine explosions",
            demands = new[] { "immediate action" },
            sentOn = "2025-04-10",
            status = "sent",
            signatoryIds = new[] { signatory },
            incidentIds = new[] { incident },
            recipientIds = new[] { unmas, guardian },
        });

        Assert.Equal([signatory], Ids(letter["signatoryIds"]));
        Assert.Equal([incident], Ids(letter["incidentIds"]));
        Assert.Equal(new[] { unmas, guardian }.Order(), Ids(letter["recipientIds"]).Order());
        var dispatches = letter["dispatches"]!.AsArray();
        Assert.Equal(2, dispatches.Count);
        Assert.All(dispatches, d => Assert.Equal("sent", d.Str("status")));
        // Due: the letter's send day plus the recipient's window, or the configured 30 days.
        Assert.Equal("2025-04-24", dispatches.Single(d => d.Str("recipientId") == unmas)!.Str("dueOn"));
        Assert.Equal("2025-05-10", dispatches.Single(d => d.Str("recipientId") == guardian)!.Str("dueOn"));
        Assert.All(dispatches, d => Assert.True(d!["overdue"]!.GetValue<bool>())); // today is 1 June 2025

        var organisation = await client.GetObjectAsync($"/api/organisations/{signatory}");
        Assert.Equal(1, organisation["signedLetterCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Relations_can_be_changed_later_by_patch_and_the_version_moves()
    {
        var first = await OrganisationAsync("First signatory");
        var second = await OrganisationAsync("Second signatory");
        var recipient = await RecipientAsync("OHCHR test");
        var other = await RecipientAsync("ODIHR test");
        var letter = await client.CreateAsync(Collection, new { subject = "Draft letter", status = "draft", signatoryIds = new[] { first }, recipientIds = new[] { recipient } });
        var url = $"{Collection}/{letter.Str("id")}";
        Assert.Equal("draft", letter["dispatches"]![0].Str("status"));

        // Add a signatory and swap a recipient whose dispatch is still a draft.
        using var patched = await client.PatchJsonAsync(url, new { signatoryIds = new[] { first, second }, recipientIds = new[] { other } }, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var afterPatch = await patched.ReadObjectAsync();
        Assert.Equal(new[] { first, second }.Order(), Ids(afterPatch["signatoryIds"]).Order());
        Assert.Equal([other], Ids(afterPatch["recipientIds"]));
        Assert.Equal(2, afterPatch["version"]!.GetValue<long>());
        Assert.Single(await client.GetAllAsync($"{url}/dispatches"));

        // Remove a signatory: the relation goes, the organisation stays.
        using var removed = await client.PatchJsonAsync(url, new { signatoryIds = new[] { second } }, "\"2\"");
        Assert.Equal([second], Ids((await removed.ReadObjectAsync())["signatoryIds"]));
        Assert.Equal(0, (await client.GetObjectAsync($"/api/organisations/{first}"))["signedLetterCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_recipient_cannot_be_taken_off_a_letter_once_it_was_sent_to_them()
    {
        var recipient = await RecipientAsync("Deutsche Welle test");
        var letter = await client.CreateAsync(Collection, new { subject = "Sent letter", status = "sent", sentOn = "2025-04-10", recipientIds = new[] { recipient } });
        var url = $"{Collection}/{letter.Str("id")}";

        using var response = await client.PatchJsonAsync(url, new { recipientIds = Array.Empty<string>() }, "\"1\"");
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("dispatch", problem["references"]![0].Str("type"));
        Assert.Equal(letter.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }

    [Fact]
    public async Task A_letter_already_sent_to_someone_cannot_become_a_draft_again()
    {
        var recipient = await RecipientAsync("Draft rule test body");
        var letter = await client.CreateAsync(Collection, new { subject = "Sent letter", status = "sent", recipientIds = new[] { recipient } });
        var url = $"{Collection}/{letter.Str("id")}";

        using var response = await client.PatchJsonAsync(url, new { status = "draft" }, "\"1\"");
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(letter.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }

    [Theory]
    [InlineData("""{"status":"draft"}""", "subject")]
    [InlineData("""{"subject":"x"}""", "status")]
    [InlineData("""{"subject":"x","status":"posted"}""", "status")]
    [InlineData("""{"subject":"x","status":"draft","sentOn":"2025-04-10"}""", "status")]
    [InlineData("""{"subject":"x","status":"sent","sentOn":"2025-06-02"}""", "sentOn")]
    [InlineData("""{"subject":"x","status":"sent","sentOn":"2025-04-10","sentFrom":"2025-04-06"}""", "sentOn")]
    [InlineData("""{"subject":"x","status":"sent","sentFrom":"2025-04-14","sentTo":"2025-04-06"}""", "sentTo")]
    [InlineData("""{"subject":"x","status":"sent","sentOn":"2025-02-30"}""", "sentOn")]
    [InlineData("""{"subject":"x","status":"sent","language":"not a language"}""", "language")]
    [InlineData("""{"subject":"x","status":"sent","demands":["a","a"]}""", "demands")]
    [InlineData("""{"subject":"x","status":"sent","signatoryIds":["01a201be-96aa-71d6-8477-e5f9c419cb30"]}""", "signatoryIds[0]")]
    [InlineData("""{"subject":"x","status":"sent","incidentIds":["not-a-uuid"]}""", "incidentIds[0]")]
    [InlineData("""{"subject":"x","status":"sent","recipientIds":["01a201be-96aa-71d6-8477-e5f9c419cb30"]}""", "recipientIds[0]")]
    [InlineData("""{"subject":"x","status":"sent","casualtyFigureIds":["01a201be-96aa-71d6-8477-e5f9c419cb30"]}""", "casualtyFigureIds[0]")]
    public async Task Invalid_letters_are_refused_with_the_field_named(string body, string field)
    {
        using var response = await client.PostJsonAsync(Collection, body);
        await response.AssertInvalidAsync(field);
        Assert.Empty(await client.GetAllAsync(Collection));
    }

    [Fact]
    public async Task An_unknown_id_in_a_list_is_named_by_its_position()
    {
        var known = await OrganisationAsync("Known signatory");
        var unknown = Guid.CreateVersion7();
        using var response = await client.PostJsonAsync(Collection, new { subject = "x", status = "draft", signatoryIds = new[] { known, unknown.ToString() } });
        await response.AssertInvalidAsync("signatoryIds[1]");
        using var repeated = await client.PostJsonAsync(Collection, new { subject = "x", status = "draft", signatoryIds = new[] { known, known } });
        await repeated.AssertInvalidAsync("signatoryIds");
    }

    [Fact]
    public async Task A_letter_with_dispatches_cannot_be_deleted_one_without_can_and_its_links_go_with_it()
    {
        var signatory = await OrganisationAsync("Signatory of a deleted letter");
        var recipient = await RecipientAsync("Al Jazeera English test");
        var withDispatch = await client.CreateAsync(Collection, new { subject = "Has a dispatch", status = "draft", recipientIds = new[] { recipient } });
        using var refused = await client.DeleteAsync($"{Collection}/{withDispatch.Str("id")}", "\"1\"");
        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Conflict);
        Assert.Equal("dispatch", problem["references"]![0].Str("type"));

        var plain = await client.CreateAsync(Collection, new { subject = "No dispatch", status = "draft", signatoryIds = new[] { signatory } });
        using var deleted = await client.DeleteAsync($"{Collection}/{plain.Str("id")}", "\"1\"");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        // The signatory is not deleted along with it, and no longer counts the letter.
        var organisation = await client.GetObjectAsync($"/api/organisations/{signatory}");
        Assert.Equal(0, organisation["signedLetterCount"]!.GetValue<int>());
    }

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
    }
}
