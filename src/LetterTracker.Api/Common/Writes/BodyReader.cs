using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace LetterTracker.Api.Common.Writes;

/// <summary>
/// Reads a write body as its request type, the one way POST, PUT and PATCH do: unknown fields and
/// read-only ones (<see cref="RoundTrip"/>), each field against its type, then the validator's rules on
/// the fields that could be read, every error answered in one 400. Each field is read alone with the
/// API's serializer options, so it is as strict as ever (numbers sent as strings, enums as numbers and
/// instants without an offset are refused), but one bad field no longer hides the others, and the
/// message says what the field takes.
/// </summary>
public static class BodyReader
{
    /// <summary>The body of a new record (POST): a field a GET would show but a write cannot set is refused.</summary>
    public static async Task<TRequest> ReadNewAsync<TRequest, TResponse>(JsonObject sent, HttpContext http, CancellationToken cancellationToken)
        where TRequest : class
    {
        var options = Options(http);
        var errors = new BodyErrors();
        var fields = RoundTrip.Sort<TRequest, TResponse>(sent, options, errors);
        RoundTrip.RefuseOnCreate(fields.ReadOnly, errors);
        var request = Typed<TRequest>(fields.Writable, errors, options);
        await Writes.Validate(request, recordId: null, http, cancellationToken, errors);
        return request;
    }

    /// <summary>
    /// The body of a change to the record <paramref name="id"/>: a whole replacement (PUT), or a merge patch
    /// applied to its write shape <paramref name="before"/> (PATCH). Read-only fields are compared with the
    /// record as <paramref name="current"/> reads it (only when the body has any).
    /// </summary>
    public static async Task<TRequest> ReadChangeAsync<TRequest, TResponse>(
        JsonObject sent, TRequest? before, Guid id, Func<Task<TResponse>> current, HttpContext http, CancellationToken cancellationToken)
        where TRequest : class
    {
        var options = Options(http);
        var errors = new BodyErrors();
        var fields = RoundTrip.Sort<TRequest, TResponse>(sent, options, errors);
        if (fields.ReadOnly.Count > 0)
        {
            var record = JsonSerializer.SerializeToNode(await current(), options)!.AsObject();
            RoundTrip.Compare(sent, fields.ReadOnly, record, merge: before is not null, errors);
        }

        var document = before is null ? fields.Writable : MergePatch.Merged(JsonSerializer.SerializeToNode(before, options)!.AsObject(), fields.Writable);
        var request = Typed<TRequest>(document, errors, options);
        await Writes.Validate(request, id, http, cancellationToken, errors);
        return request;
    }

    /// <summary>
    /// The request the document's fields make. A field that does not read as its property's type is an
    /// error and is left out, so the request holds what could be read, for the validator.
    /// </summary>
    private static TRequest Typed<TRequest>(JsonObject document, BodyErrors errors, JsonSerializerOptions options)
    {
        foreach (var property in options.GetTypeInfo(typeof(TRequest)).Properties)
        {
            if (document.TryGetPropertyValue(property.Name, out var value))
            {
                var wrong = Check(value, property.PropertyType, property.Name, options).ToList();
                foreach (var (path, message) in wrong)
                {
                    errors.Add(property.Name, path, message);
                }

                if (wrong.Count > 0)
                {
                    document.Remove(property.Name);
                }
            }
        }

        try
        {
            return document.Deserialize<TRequest>(options) ?? throw ProblemException.Invalid("body", "The body must be a JSON object.");
        }
        catch (JsonException json)
        {
            // Not expected: every field left has been read alone.
            throw JsonProblems.ToException(json);
        }
    }

    /// <summary>The errors of one value: itself, or for a list each entry by its index.</summary>
    private static IEnumerable<(string Path, string Message)> Check(JsonNode? value, Type type, string path, JsonSerializerOptions options)
    {
        if (ElementType(type) is { } element && value is JsonArray entries)
        {
            for (var index = 0; index < entries.Count; index++)
            {
                foreach (var error in Check(entries[index], element, $"{path}[{index}]", options))
                {
                    yield return error;
                }
            }

            yield break;
        }

        if (!Reads(value, type, options))
        {
            yield return (path, $"'{path}' must be {Expected(type, value, options)}; {Shown(value)} is not.");
        }
    }

    private static bool Reads(JsonNode? value, Type type, JsonSerializerOptions options)
    {
        // The enum converter reads names in any case ("LandmineExplosion"); the API takes them as it
        // writes them and the document lists them, camelCase, so a generated client's spelling is caught.
        if ((Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } enumType && value is JsonValue text && text.TryGetValue<string>(out var name))
        {
            return Names(enumType, options).Contains(name, StringComparer.Ordinal);
        }

        try
        {
            _ = value.Deserialize(type, options);
            return true;
        }
        catch (Exception refused) when (refused is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>What a field of this type takes, in the client's terms (never a .NET type name).</summary>
    private static string Expected(Type type, JsonNode? sent, JsonSerializerOptions options)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (ElementType(underlying) is { } element)
        {
            return $"a list of {Plural(element, options)}";
        }

        if (underlying.IsEnum)
        {
            return $"one of: {string.Join(", ", Names(underlying, options))}";
        }

        return underlying switch
        {
            _ when underlying == typeof(string) => "a string",
            _ when underlying == typeof(bool) => "true or false",
            _ when underlying == typeof(Guid) => "a UUID such as 01a201be-96aa-71d6-8477-e5f9c419cb30",
            _ when underlying == typeof(DateOnly) => "a date such as 2025-04-06",
            _ when underlying == typeof(DateTimeOffset) => "an instant with an offset such as 2025-04-10T09:30:00+02:00",
            _ when underlying == typeof(int) => WholeNumber(sent, int.MinValue, int.MaxValue),
            _ when underlying == typeof(long) => WholeNumber(sent, long.MinValue, long.MaxValue),
            _ when underlying == typeof(double) || underlying == typeof(decimal) => "a number",
            _ => "a value of the type the schema at /swagger gives",
        };
    }

    /// <summary>A whole number; when one was sent, it was out of range, so the range is named.</summary>
    private static string WholeNumber(JsonNode? sent, long min, long max) =>
        sent is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.ToJsonString().All(c => char.IsAsciiDigit(c) || c == '-')
            ? $"a whole number from {min} to {max}"
            : "a whole number";

    private static string Plural(Type element, JsonSerializerOptions options)
    {
        var underlying = Nullable.GetUnderlyingType(element) ?? element;
        return underlying switch
        {
            _ when underlying == typeof(string) => "strings",
            _ when underlying == typeof(Guid) => "UUIDs",
            _ when underlying == typeof(DateOnly) => "dates such as 2025-04-06",
            _ when underlying.IsEnum => $"values from: {string.Join(", ", Names(underlying, options))}",
            _ => "values",
        };
    }

    /// <summary>An enum's values as the API writes them (its JSON converter's names).</summary>
    private static IEnumerable<string> Names(Type enumType, JsonSerializerOptions options) =>
        Enum.GetValues(enumType).Cast<object>().Select(v => JsonSerializer.Serialize(v, enumType, options).Trim('"'));

    private static Type? ElementType(Type type) =>
        type != typeof(string) && type.IsGenericType && type.GetGenericArguments() is [var element]
            && typeof(IEnumerable<>).MakeGenericType(element).IsAssignableFrom(type)
            ? element
            : null;

    /// <summary>A value as sent, shortened: enough to recognise it, never a whole document echoed back.</summary>
    public static string Shown(JsonNode? value)
    {
        var json = value?.ToJsonString(AsWritten) ?? "null";
        return json.Length > 60 ? json[..60] + "…" : json;
    }

    /// <summary>
    /// Values in messages as the client wrote them ("+02:00", not "\u002B02:00"): a message is text, which
    /// the problem's own serializer escapes as JSON needs when it writes it.
    /// </summary>
    private static readonly JsonSerializerOptions AsWritten = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonSerializerOptions Options(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
}
