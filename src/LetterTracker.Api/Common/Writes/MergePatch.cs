using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace LetterTracker.Api.Common.Writes;

/// <summary>
/// A JSON Merge Patch (RFC 7396) body. PATCH applies it to the record's write shape (what a PUT
/// would send) and then validates and saves the result exactly as a PUT, so the two cannot drift.
/// </summary>
public sealed class MergePatch
{
    public const string MediaType = "application/merge-patch+json";

    private MergePatch(JsonObject patch) => Patch = patch;

    public JsonObject Patch { get; }

    /// <summary>Reads the body itself: the media type, duplicate keys and syntax are checked here, as 415 and 400 problems.</summary>
    public static async ValueTask<MergePatch> BindAsync(HttpContext http)
    {
        var request = http.Request;
        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), MediaType, StringComparison.OrdinalIgnoreCase))
        {
            throw new ProblemException(
                StatusCodes.Status415UnsupportedMediaType,
                "Unsupported media type.",
                $"PATCH takes a JSON Merge Patch: send Content-Type: {MediaType}, not '{request.ContentType}'.");
        }

        // Read whole (the body size limit bounds it) to check its text before parsing it.
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, http.RequestAborted);
        JsonNode? node;
        try
        {
            RefuseInvalidText(body.GetBuffer().AsSpan(0, (int)body.Length));
            node = JsonNode.Parse(body.GetBuffer().AsMemory(0, (int)body.Length).Span, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (JsonException json)
        {
            throw JsonProblems.ToException(json);
        }

        return node is JsonObject patch
            ? new MergePatch(patch)
            : throw ProblemException.Invalid("body", "A merge patch is a JSON object naming the fields to change (null removes a value).");
    }

    /// <summary>
    /// Every name and string must be Unicode text. A parsed document reads bytes that are not UTF-8 as
    /// U+FFFD, silently, and fails with an InvalidOperationException (a 500) on an escaped lone surrogate
    /// ("\ud800") only when the value is read; the reader refuses both, here, as a 400 on the field.
    /// </summary>
    private static void RefuseInvalidText(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var field = "body";
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    field = "body"; // until the name itself reads as text
                    field = reader.GetString()!;
                }
                else if (reader.TokenType == JsonTokenType.String)
                {
                    _ = reader.GetString();
                }
            }
        }
        catch (InvalidOperationException)
        {
            throw ProblemException.Invalid(field, $"'{field}' is not valid Unicode text: it has bytes that are not UTF-8, or an escaped lone surrogate such as \\ud800.");
        }
    }

    /// <summary>The current write shape with this patch merged in, read back as a request.</summary>
    public TRequest ApplyTo<TRequest>(TRequest current, HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var document = JsonSerializer.SerializeToNode(current, options)!.AsObject();
        // The write shape names every field (nulls included), so a patch field it lacks is unknown,
        // whatever its value: {"nmae": null} is a typo to report, not a no-op to accept.
        var unknown = Patch.Select(p => p.Key).Where(name => !document.ContainsKey(name)).ToList();
        if (unknown.Count > 0)
        {
            throw ProblemException.Invalid(unknown.ToDictionary(name => name, name => new[] { $"'{name}' is not a field this resource has." }));
        }

        Merge(document, Patch);
        try
        {
            return document.Deserialize<TRequest>(options) ?? throw ProblemException.Invalid("body", "The patch leaves nothing to save.");
        }
        catch (JsonException json)
        {
            throw JsonProblems.ToException(json);
        }
    }

    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (name, value) in patch)
        {
            if (value is null)
            {
                target.Remove(name);
            }
            else if (value is JsonObject nested && target[name] is JsonObject existing)
            {
                Merge(existing, nested);
            }
            else
            {
                target[name] = value.DeepClone();
            }
        }
    }
}
