using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace LetterTracker.Api.Tests.Infrastructure;

/// <summary>Write requests as a client sends them: JSON bodies, merge patches, If-Match.</summary>
public static class HttpWrites
{
    public const string MergePatch = "application/merge-patch+json";

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.SendJsonAsync(HttpMethod.Post, url, body);

    /// <summary>A POST with an Idempotency-Key, sent as given (an invalid one included).</summary>
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body, string idempotencyKey) =>
        client.SendJsonAsync(HttpMethod.Post, url, body, headers: new() { ["Idempotency-Key"] = idempotencyKey });

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body, string? ifMatch) =>
        client.SendJsonAsync(HttpMethod.Put, url, body, ifMatch);

    public static Task<HttpResponseMessage> PatchJsonAsync(this HttpClient client, string url, object body, string? ifMatch) =>
        client.SendJsonAsync(HttpMethod.Patch, url, body, ifMatch, MergePatch);

    public static async Task<HttpResponseMessage> DeleteAsync(this HttpClient client, string url, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, url);
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Sends body as JSON: a string is sent as is (for malformed bodies), anything else serialized.</summary>
    public static async Task<HttpResponseMessage> SendJsonAsync(
        this HttpClient client, HttpMethod method, string url, object body, string? ifMatch = null, string contentType = "application/json",
        Dictionary<string, string>? headers = null)
    {
        var json = body as string ?? (body as JsonNode)?.ToJsonString() ?? System.Text.Json.JsonSerializer.Serialize(body, Json.Options);
        using var request = new HttpRequestMessage(method, url)
        {
            Content = new StringContent(json, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        foreach (var (name, value) in headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Creates a record and returns it, asserting 201 with Location and ETag.</summary>
    public static async Task<JsonObject> CreateAsync(this HttpClient client, string collection, object body)
    {
        using var response = await client.PostJsonAsync(collection, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {collection} answered {(int)response.StatusCode}: {text}");
        var created = JsonNode.Parse(text)!.AsObject();
        Assert.Equal($"{collection}/{created.Str("id")}", response.Headers.Location?.ToString());
        Assert.Equal($"\"{created["version"]!.GetValue<long>()}\"", response.Headers.ETag?.ToString());
        return created;
    }

    /// <summary>The ETag of a record as a GET returns it.</summary>
    public static async Task<string> ETagOfAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!.ToString();
    }

    /// <summary>Asserts a 409 problem saying the field's value is taken by the record <paramref name="existingId"/>: named in existingId and the detail, the field in errors.</summary>
    public static async Task<JsonObject> AssertTakenAsync(this HttpResponseMessage response, string field, string existingId)
    {
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(existingId, problem.Str("existingId"));
        Assert.Contains(existingId, problem.Str("detail"));
        Assert.Equal([field], problem["errors"]!.AsObject().Select(e => e.Key));
        return problem;
    }

    /// <summary>Asserts a 400 problem whose errors name exactly these fields.</summary>
    public static async Task<JsonObject> AssertInvalidAsync(this HttpResponseMessage response, params string[] fields)
    {
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem["errors"]?.AsObject() ?? throw new Xunit.Sdk.XunitException($"no errors in {problem.ToJsonString()}");
        Assert.Equal(fields.Order(), errors.Select(e => e.Key).Order());
        return problem;
    }
}
