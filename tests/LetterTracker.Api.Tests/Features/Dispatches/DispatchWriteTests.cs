using System.Net;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Tests.Features.Dispatches;

public sealed class DispatchWriteTests : IDisposable
{
    private const string Collection = "/api/dispatches";
    private readonly LetterTrackerApp app = new(seed: false);
    private readonly HttpClient client;

    public DispatchWriteTests()
    {
        client = app.CreateClient();
        app.Clock.Now = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    }

    private Task<(string Letter, string Recipient, string Other)> ArrangeAsync() => app.WithDbAsync(async db =>
    {
        var letter = new Letter { Subject = "Dispatch test letter", Status = LetterStatus.Sent };
        var recipient = new Recipient { Name = "UN Mine Action Service", Acronym = "UNMAS", Kind = RecipientKind.UnAgency, ResponseDays = 10 };
        var other = new Recipient { Name = "France 24", Kind = RecipientKind.Media };
        db.AddRange(letter, recipient, other);
        await db.SaveChangesAsync();
        return (letter.Id.ToString(), recipient.Id.ToString(), other.Id.ToString());
    });

    [Fact]
    public async Task Create_replace_patch_delete_round_trip_with_status_and_due_date()
    {
        var (letter, recipient, _) = await ArrangeAsync();

        var draft = await client.CreateAsync(Collection, new { letterId = letter, recipientId = recipient, channel = "email" });
        var url = $"{Collection}/{draft.Str("id")}";
        Assert.Equal("draft", draft.Str("status"));
        Assert.Null(draft["dueOn"]);
        Assert.Equal("UNMAS", draft["recipient"].Str("acronym"));

        // Recording when it was sent makes it sent, and due ten days later (the recipient's window).
        using var sent = await client.PutJsonAsync(url, new { letterId = letter, recipientId = recipient, channel = "email", sentAt = "2025-04-10T09:30:00+02:00", deliveryRef = "msg-1" }, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var afterPut = await sent.ReadObjectAsync();
        Assert.Equal("sent", afterPut.Str("status"));
        Assert.Equal("2025-04-20", afterPut.Str("dueOn"));
        Assert.True(afterPut["overdue"]!.GetValue<bool>());
        Assert.Equal("2025-04-10T07:30:00+00:00", afterPut.Str("sentAt"));

        using var patched = await client.PatchJsonAsync(url, new { channel = "post", deliveryRef = (string?)null }, "\"2\"");
        var afterPatch = await patched.ReadObjectAsync();
        Assert.Equal("post", afterPatch.Str("channel"));
        Assert.Null(afterPatch["deliveryRef"]);
        Assert.Equal("2025-04-20", afterPatch.Str("dueOn"));

        // It shows on its letter.
        var onLetter = await client.GetObjectAsync($"/api/letters/{letter}");
        Assert.Equal([recipient], onLetter["recipientIds"]!.AsArray().Select(i => i!.GetValue<string>()));

        using var deleted = await client.DeleteAsync(url, "\"3\"");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty((await client.GetObjectAsync($"/api/letters/{letter}"))["dispatches"]!.AsArray());
    }

    [Fact]
    public async Task A_letter_goes_to_a_body_once_and_a_dispatch_keeps_its_letter_and_recipient()
    {
        var (letter, recipient, other) = await ArrangeAsync();
        var dispatch = await client.CreateAsync(Collection, new { letterId = letter, recipientId = recipient });

        using var twice = await client.PostJsonAsync(Collection, new { letterId = letter, recipientId = recipient });
        await twice.AssertTakenAsync("recipientId", dispatch.Str("id"));
        using var moved = await client.PatchJsonAsync($"{Collection}/{dispatch.Str("id")}", new { recipientId = other }, "\"1\"");
        await moved.AssertInvalidAsync("recipientId");
    }

    [Theory]
    [InlineData("""{"recipientId":"RECIPIENT"}""", "letterId")]
    [InlineData("""{"letterId":"LETTER"}""", "recipientId")]
    [InlineData("""{"letterId":"01a201be-96aa-7475-9a3c-990f2ef5639a","recipientId":"RECIPIENT"}""", "letterId")]
    [InlineData("""{"letterId":"LETTER","recipientId":"RECIPIENT","channel":"pigeon"}""", "channel")]
    [InlineData("""{"letterId":"LETTER","recipientId":"RECIPIENT","sentAt":"2025-06-02T00:00:00+00:00"}""", "sentAt")]
    [InlineData("""{"letterId":"LETTER","recipientId":"RECIPIENT","sentAt":"yesterday"}""", "sentAt")]
    [InlineData("""{"letterId":"LETTER","recipientId":"RECIPIENT","sentAt":"2025-04-10T09:30:00"}""", "sentAt")] // no offset: the server would have to guess one
    [InlineData("""{"letterId":"LETTER","recipientId":"RECIPIENT","status":"responded"}""", "status")]
    public async Task Invalid_dispatches_are_refused_with_the_field_named(string body, string field)
    {
        var (letter, recipient, _) = await ArrangeAsync();
        using var response = await client.PostJsonAsync(Collection, body.Replace("LETTER", letter).Replace("RECIPIENT", recipient));
        await response.AssertInvalidAsync(field);
        Assert.Empty(await client.GetAllAsync(Collection));
    }

    [Fact]
    public async Task A_dispatch_recorded_as_sent_sends_its_draft_letter_dated_that_day()
    {
        var (letter, recipient, _) = await ArrangeAsync();
        using var patched = await client.PatchJsonAsync($"/api/letters/{letter}", new { status = "draft" }, await client.ETagOfAsync($"/api/letters/{letter}"));
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);

        var dispatch = await client.CreateAsync(Collection, new { letterId = letter, recipientId = recipient, sentAt = "2025-04-10T23:30:00+02:00" });
        Assert.Equal("sent", dispatch.Str("status"));
        var sent = await client.GetObjectAsync($"/api/letters/{letter}");
        Assert.Equal(("sent", "2025-04-10"), (sent.Str("status"), sent.Str("sentOn"))); // the UTC day of 21:30Z
    }

    [Fact]
    public async Task A_dispatch_added_to_a_closed_letter_opens_it_again()
    {
        var (letter, recipient, _) = await ArrangeAsync();
        var letterUrl = $"/api/letters/{letter}";
        using var closed = await client.PatchJsonAsync(letterUrl, new { status = "closed" }, await client.ETagOfAsync(letterUrl));
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);

        var dispatch = await client.CreateAsync(Collection, new { letterId = letter, recipientId = recipient });
        Assert.Equal("sent", (await client.GetObjectAsync(letterUrl)).Str("status"));

        // Deleting it leaves the letter with no dispatch at all, which any status fits: it stays sent.
        using var deleted = await client.DeleteAsync($"{Collection}/{dispatch.Str("id")}", $"\"{dispatch["version"]}\"");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("sent", (await client.GetObjectAsync(letterUrl)).Str("status"));
    }

    [Fact]
    public async Task A_dispatch_with_history_cannot_be_deleted()
    {
        var (letter, recipient, _) = await ArrangeAsync();
        var dispatch = await client.CreateAsync(Collection, new { letterId = letter, recipientId = recipient });
        await app.WithDbAsync(async db =>
        {
            db.DispatchEvents.Add(new DispatchEvent { DispatchId = Guid.Parse(dispatch.Str("id")), Type = DispatchEventType.Note, At = app.Clock.Now, Note = "Called their office." });
            await db.SaveChangesAsync();
        });

        using var response = await client.DeleteAsync($"{Collection}/{dispatch.Str("id")}", "\"1\"");
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("event", problem["references"]![0].Str("type"));
    }

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
    }
}
