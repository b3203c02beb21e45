using System.Net.Http.Headers;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Integrity;

/// <summary>Text that is not Unicode (bytes that are not UTF-8, an escaped lone surrogate) is refused as a 400 on its field, never stored mangled nor a 500.</summary>
public sealed class InvalidTextTests
{
    public static TheoryData<string, byte[]> Bodies => new()
    {
        { "lone high surrogate", "{\"city\":\"a\\ud800b\"}"u8.ToArray() },
        { "lone low surrogate", "{\"city\":\"\\udc00\"}"u8.ToArray() },
        { "bytes that are not UTF-8", [.. "{\"city\":\"a"u8, 0xC3, 0x28, .. "\"}"u8] },
        { "an overlong encoding", [.. "{\"city\":\"a"u8, 0xC0, 0xAF, .. "\"}"u8] },
        { "a surrogate encoded in UTF-8", [.. "{\"city\":\"a"u8, 0xED, 0xA0, 0x80, .. "\"}"u8] },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_merge_patch_with_invalid_text_is_a_400_on_the_field(string _, byte[] body)
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        var created = await client.CreateAsync("/api/organisations", new { name = "Unicode test", kind = "other", city = "Baku" });
        var url = $"/api/organisations/{created.Str("id")}";
        var before = await DatabaseSnapshot.TakeAsync(app.ConnectionString);

        using var request = new HttpRequestMessage(HttpMethod.Patch, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(HttpWrites.MergePatch);
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        using var response = await client.SendAsync(request);

        await response.AssertInvalidAsync("city");
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(app.ConnectionString));
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_created_record_with_invalid_text_is_a_400(string _, byte[] body)
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        var json = System.Text.Encoding.UTF8.GetBytes("{\"name\":\"Unicode test\",\"kind\":\"other\",");
        using var content = new ByteArrayContent([.. json, .. body[1..]]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("/api/organisations", content);

        await ProblemAssert.IsProblemAsync(response, System.Net.HttpStatusCode.BadRequest);
        Assert.Equal(0, await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Organisations)));
    }
}
