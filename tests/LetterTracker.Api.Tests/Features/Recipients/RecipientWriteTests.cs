using System.Net;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Features.Recipients;

/// <summary>Create, replace, patch and delete a recipient over HTTP: its parent chain, unique names, and each refusal.</summary>
public sealed class RecipientWriteTests(SeededApp app) : IClassFixture<SeededApp>
{
    private const string Collection = "/api/recipients";
    private readonly HttpClient client = app.CreateClient();

    private static object NewRecipient(string name, Guid? parentId = null) => new
    {
        name,
        acronym = "TST",
        kind = "ngo",
        parentId,
        country = "Germany",
        email = "office@example.org",
        responseDays = 30,
    };

    private Task<JsonObject> CreateAsync(string name, Guid? parentId = null) => client.CreateAsync(Collection, NewRecipient(name, parentId));

    private static Guid IdOf(JsonObject record) => Guid.Parse(record.Str("id"));

    [Fact]
    public async Task Create_get_replace_patch_delete_round_trip()
    {
        var parent = await CreateAsync("Round trip parent");
        var created = await client.CreateAsync(Collection, new { name = "Round trip branch", kind = "ngo", parentId = IdOf(parent), responseDays = 30 });
        var url = $"{Collection}/{created.Str("id")}";
        Assert.Equal(parent.Str("id"), created.Str("parentId"));
        Assert.Equal("Round trip parent", created["parent"].Str("name")); // enough of the parent to show it
        Assert.Equal(30, created["responseDays"]!.GetValue<int>());
        Assert.Equal(0, created["dispatchCount"]!.GetValue<int>());
        Assert.Equal(created.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());

        using var replaced = await client.PutJsonAsync(url, new { name = "Round trip office", acronym = "RTO", kind = "media", country = "France" }, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("\"2\"", replaced.Headers.ETag?.ToString());
        var afterPut = await replaced.ReadObjectAsync();
        Assert.Equal("media", afterPut.Str("kind"));
        Assert.Equal("RTO", afterPut.Str("acronym"));
        Assert.Null(afterPut["parentId"]); // a PUT replaces: left out, it is top-level now
        Assert.Null(afterPut["parent"]);
        Assert.Null(afterPut["responseDays"]);

        using var patched = await client.PatchJsonAsync(url, new { parentId = IdOf(parent), acronym = (string?)null, email = "desk@example.org" }, "\"2\"");
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var afterPatch = await patched.ReadObjectAsync();
        Assert.Equal(parent.Str("id"), afterPatch.Str("parentId"));
        Assert.Equal(parent.Str("id"), afterPatch["parent"].Str("id"));
        Assert.Null(afterPatch["acronym"]); // null in a merge patch clears
        Assert.Equal("desk@example.org", afterPatch.Str("email"));
        Assert.Equal("France", afterPatch.Str("country")); // untouched fields stay
        Assert.Equal(3, afterPatch["version"]!.GetValue<long>());
        Assert.Equal(afterPatch.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());

        // The parent has a branch again, so it cannot go first. (Moving a branch under it moved its
        // version too: that is what keeps two racing moves from closing a cycle.)
        var parentUrl = $"{Collection}/{parent.Str("id")}";
        using var parentFirst = await client.DeleteAsync(parentUrl, await client.ETagOfAsync(parentUrl));
        var conflict = await ProblemAssert.IsProblemAsync(parentFirst, HttpStatusCode.Conflict);
        Assert.Contains(conflict["references"]!.AsArray(), r => r.Str("type") == "recipient" && r.Str("id") == created.Str("id"));

        using var deleted = await client.DeleteAsync(url, "\"3\"");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var parentDeleted = await client.DeleteAsync(parentUrl, await client.ETagOfAsync(parentUrl));
        Assert.Equal(HttpStatusCode.NoContent, parentDeleted.StatusCode);
    }

    [Theory]
    [InlineData("""{"kind":"ngo"}""", "name")]
    [InlineData("""{"name":" ","kind":"ngo"}""", "name")]
    [InlineData("""{"name":"A"}""", "kind")]
    [InlineData("""{"name":"A","kind":"charity"}""", "kind")]
    [InlineData("""{"name":"A","kind":3}""", "kind")]
    [InlineData("""{"name":"A","kind":"ngo","acronym":""}""", "acronym")]
    [InlineData("""{"name":"A","kind":"ngo","email":"not-an-address"}""", "email")]
    [InlineData("""{"name":"A","kind":"ngo","country":" "}""", "country")]
    [InlineData("""{"name":"A","kind":"ngo","responseDays":0}""", "responseDays")]
    [InlineData("""{"name":"A","kind":"ngo","responseDays":-1}""", "responseDays")]
    [InlineData("""{"name":"A","kind":"ngo","responseDays":3651}""", "responseDays")]
    [InlineData("""{"name":"A","kind":"ngo","responseDays":"30"}""", "responseDays")]
    [InlineData("""{"name":"A","kind":"ngo","parentId":"0196a1b2-0000-7000-8000-000000000000"}""", "parentId")]
    [InlineData("""{"name":"A","kind":"ngo","parentId":"EEAS"}""", "parentId")]
    [InlineData("""{"name":"A","kind":"ngo","parent":{"name":"EEAS"}}""", "parent")]
    [InlineData("""{"name":"A","kind":"ngo","kind":"media"}""", "kind")]
    [InlineData("""{"name":"A",""", "body")]
    public async Task Invalid_bodies_are_refused_with_the_field_named(string body, string field)
    {
        using var response = await client.PostJsonAsync(Collection, body);
        await response.AssertInvalidAsync(field);
    }

    [Fact]
    public async Task Texts_longer_than_their_columns_are_refused()
    {
        using var response = await client.PostJsonAsync(Collection, new
        {
            name = new string('n', 301),
            acronym = new string('A', 41),
            kind = "ngo",
            country = new string('c', 201),
        });
        await response.AssertInvalidAsync("name", "acronym", "country");
    }

    [Fact]
    public async Task The_reply_window_takes_one_day_to_ten_years()
    {
        Assert.Equal(1, (await client.CreateAsync(Collection, new { name = "One day body", kind = "ngo", responseDays = 1 }))["responseDays"]!.GetValue<int>());
        Assert.Equal(3650, (await client.CreateAsync(Collection, new { name = "Ten year body", kind = "ngo", responseDays = 3650 }))["responseDays"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_parent_cannot_be_the_recipient_itself_or_one_of_its_branches()
    {
        var b = await CreateAsync("Cycle test B");
        var a = await CreateAsync("Cycle test A", IdOf(b)); // A's parent is B
        var c = await CreateAsync("Cycle test C", IdOf(a)); // C's parent is A
        var bUrl = $"{Collection}/{b.Str("id")}";

        using var direct = await client.PatchJsonAsync(bUrl, new { parentId = IdOf(a) }, "\"1\"");
        var problem = await direct.AssertInvalidAsync("parentId");
        Assert.Contains("cycle", problem.Str("detail"));
        using var further = await client.PutJsonAsync(bUrl, NewRecipient("Cycle test B", IdOf(c)), "\"1\"");
        await further.AssertInvalidAsync("parentId");
        using var itself = await client.PatchJsonAsync(bUrl, new { parentId = IdOf(b) }, "\"1\"");
        await itself.AssertInvalidAsync("parentId");
        Assert.Equal(b.ToJsonString(), (await client.GetObjectAsync(bUrl)).ToJsonString());

        // Moving a branch elsewhere in its own line upward is no cycle: C may hang under B directly.
        using var sideways = await client.PatchJsonAsync($"{Collection}/{c.Str("id")}", new { parentId = IdOf(b) }, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, sideways.StatusCode);
    }

    [Fact]
    public async Task A_name_taken_among_top_level_recipients_ignoring_case_is_a_409_naming_the_existing_one()
    {
        var existing = (await CreateAsync("Duplicate Test Body")).Str("id");
        using var sameCase = await client.PostJsonAsync(Collection, NewRecipient("Duplicate Test Body"));
        await sameCase.AssertTakenAsync("name", existing);
        using var otherCase = await client.PostJsonAsync(Collection, NewRecipient("duplicate test BODY"));
        await otherCase.AssertTakenAsync("name", existing);
        var unmas = (await client.GetAllAsync(Collection)).Single(r => r.Str("name") == "UN Mine Action Service").Str("id");
        using var seeded = await client.PostJsonAsync(Collection, NewRecipient("un mine action service"));
        await seeded.AssertTakenAsync("name", unmas);
    }

    [Fact]
    public async Task Names_are_unique_ignoring_case_under_one_parent_but_may_repeat_under_another()
    {
        var first = await CreateAsync("Uniqueness parent one");
        var second = await CreateAsync("Uniqueness parent two");
        var office = await CreateAsync("Regional Office", IdOf(first));

        using var duplicate = await client.PostJsonAsync(Collection, NewRecipient("REGIONAL OFFICE", IdOf(first)));
        await duplicate.AssertTakenAsync("name", office.Str("id"));
        var elsewhere = await CreateAsync("Regional Office", IdOf(second)); // another parent's office
        Assert.Equal(second.Str("id"), elsewhere.Str("parentId"));
        await CreateAsync("Regional Office"); // and a top-level one

        // Moving the second office under the first parent would make two there.
        var elsewhereUrl = $"{Collection}/{elsewhere.Str("id")}";
        using var moved = await client.PatchJsonAsync(elsewhereUrl, new { parentId = IdOf(first) }, "\"1\"");
        await moved.AssertTakenAsync("name", office.Str("id"));
        Assert.Equal(elsewhere.ToJsonString(), (await client.GetObjectAsync(elsewhereUrl)).ToJsonString());

        // A record does not clash with itself: renaming it to a new case of its own name is fine.
        using var recased = await client.PatchJsonAsync($"{Collection}/{office.Str("id")}", new { name = "Regional office" }, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, recased.StatusCode);
        Assert.Equal("Regional office", (await recased.ReadObjectAsync()).Str("name"));
    }

    [Fact]
    public async Task Writes_need_If_Match_and_refuse_a_stale_one_with_the_current_ETag()
    {
        var created = await CreateAsync("If-Match test recipient");
        var url = $"{Collection}/{created.Str("id")}";

        using var withoutPut = await client.PutJsonAsync(url, NewRecipient("x"), ifMatch: null);
        await ProblemAssert.IsProblemAsync(withoutPut, HttpStatusCode.PreconditionRequired);
        using var withoutPatch = await client.PatchJsonAsync(url, new { country = "x" }, ifMatch: null);
        await ProblemAssert.IsProblemAsync(withoutPatch, HttpStatusCode.PreconditionRequired);
        using var withoutDelete = await client.DeleteAsync(url, ifMatch: null);
        await ProblemAssert.IsProblemAsync(withoutDelete, HttpStatusCode.PreconditionRequired);

        using var stalePut = await client.PutJsonAsync(url, NewRecipient("x"), "\"9\"");
        var problem = await ProblemAssert.IsProblemAsync(stalePut, HttpStatusCode.PreconditionFailed);
        Assert.Equal("\"1\"", stalePut.Headers.ETag?.ToString());
        Assert.Equal("\"1\"", problem.Str("currentETag"));
        using var stalePatch = await client.PatchJsonAsync(url, new { country = "x" }, "\"2\"");
        await ProblemAssert.IsProblemAsync(stalePatch, HttpStatusCode.PreconditionFailed);
        using var staleDelete = await client.DeleteAsync(url, "\"2\"");
        await ProblemAssert.IsProblemAsync(staleDelete, HttpStatusCode.PreconditionFailed);

        Assert.Equal(created.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }

    [Fact]
    public async Task Writes_to_an_unknown_id_are_404_problems()
    {
        var url = $"{Collection}/{Guid.CreateVersion7()}";
        using var put = await client.PutJsonAsync(url, NewRecipient("x"), "\"1\"");
        await ProblemAssert.IsProblemAsync(put, HttpStatusCode.NotFound);
        using var patch = await client.PatchJsonAsync(url, new { country = "x" }, "\"1\"");
        await ProblemAssert.IsProblemAsync(patch, HttpStatusCode.NotFound);
        using var delete = await client.DeleteAsync(url, "\"1\"");
        await ProblemAssert.IsProblemAsync(delete, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_recipient_with_a_dispatch_cannot_be_deleted_and_the_409_lists_it()
    {
        var unmas = (await client.GetAllAsync(Collection)).Single(r => r.Str("name") == "UN Mine Action Service");
        Assert.Equal(1, unmas["dispatchCount"]!.GetValue<int>());
        var url = $"{Collection}/{unmas.Str("id")}";
        var before = await client.GetObjectAsync(url);

        using var response = await client.DeleteAsync(url, await client.ETagOfAsync(url));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        var references = problem["references"]!.AsArray();
        // This class's app is shared: other tests may add to it, so look for the seeded dispatch, not "the only one".
        var dispatches = references.Where(r => r.Str("type") == "dispatch").ToList();
        Assert.NotEmpty(dispatches);
        foreach (var dispatch in dispatches)
        {
            Assert.Equal(unmas.Str("id"), (await client.GetObjectAsync($"/api/dispatches/{dispatch.Str("id")}")).Str("recipientId"));
        }

        Assert.Contains(references, r => r.Str("type") == "citation");
        Assert.Contains("dispatch", problem.Str("detail"));
        Assert.Equal(before.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }

    [Fact]
    public async Task A_recipient_with_branches_cannot_be_deleted_and_the_409_lists_them()
    {
        var recipients = await client.GetAllAsync(Collection);
        var osce = recipients.Single(r => r.Str("name") == "OSCE" && r["parentId"] is null);
        var odihr = recipients.Single(r => r.StrOrNull("acronym") == "ODIHR");
        var url = $"{Collection}/{osce.Str("id")}";
        var before = await client.GetObjectAsync(url);

        using var response = await client.DeleteAsync(url, await client.ETagOfAsync(url));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        var child = problem["references"]!.AsArray().FirstOrDefault(r => r.Str("type") == "recipient" && r.Str("id") == odihr.Str("id"));
        Assert.NotNull(child);
        Assert.Equal(odihr.Str("name"), child.Str("label"));
        Assert.Equal(before.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }

    [Fact]
    public async Task A_recipient_a_dispatch_was_referred_to_cannot_be_deleted()
    {
        var referredTo = await CreateAsync("Referral target body");
        var url = $"{Collection}/{referredTo.Str("id")}";
        var eventId = await app.App.WithDbAsync(async db =>
        {
            var dispatch = await db.Dispatches.OrderBy(d => d.Id).FirstAsync();
            var referral = new DispatchEvent
            {
                DispatchId = dispatch.Id,
                Type = DispatchEventType.Referred,
                At = new DateTimeOffset(2025, 4, 20, 10, 0, 0, TimeSpan.Zero),
                ReferredToRecipientId = IdOf(referredTo),
            };
            db.DispatchEvents.Add(referral);
            await db.SaveChangesAsync();
            return referral.Id;
        });

        using var response = await client.DeleteAsync(url, "\"1\"");
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        var reference = Assert.Single(problem["references"]!.AsArray());
        Assert.Equal("dispatchEvent", reference.Str("type"));
        Assert.Equal(eventId.ToString(), reference.Str("id"));
        Assert.Equal(referredTo.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }
}
