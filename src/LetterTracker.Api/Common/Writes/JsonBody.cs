using System.Text.Json;
using System.Text.Json.Nodes;

namespace LetterTracker.Api.Common.Writes;

/// <summary>
/// The one way a write body is read off the wire (POST and PUT through <see cref="WriteBody{TRequest}"/>,
/// PATCH through <see cref="MergePatch"/>): its media type, then its text (UTF-8, no lone surrogates),
/// duplicate keys, nesting and syntax, as 415 and 400 problems. What its fields mean is read later,
/// where the record is known (<see cref="BodyReader"/>), so that all of a body's errors come together.
/// </summary>
public static class JsonBody
{
    public const string MediaType = "application/json";

    /// <summary>
    /// The body as a JSON object; <paramref name="what"/> says what it must be when it is something else. It is
    /// taken in one of <paramref name="mediaTypes"/>, or, when <paramref name="anyJson"/>, any JSON type
    /// (application/json and types with the +json suffix, as the framework reads JSON).
    /// </summary>
    public static async Task<JsonObject> ReadObjectAsync(HttpContext http, IReadOnlyList<string> mediaTypes, string what, bool anyJson = false)
    {
        using var body = await RequestBody.ReadAsync(http, mediaTypes, anyJson);
        if (body.Length == 0)
        {
            throw ProblemException.Invalid("body", $"A JSON body is required: {what}.");
        }

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

        return node as JsonObject ?? throw ProblemException.Invalid("body", $"The body must be {what}.");
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
}
