using System.Text.Json;
using System.Text.Json.Serialization;

namespace LetterTracker.Api.Common;

/// <summary>
/// Reads an ISO 8601 instant only when it carries its offset ("Z" or "+04:00"). System.Text.Json
/// would read "2025-04-14T12:03:00" in the server's own time zone, inventing an offset the
/// document never printed; this refuses it as a 400 naming the field instead. Registered for
/// every instant the API reads (System.Text.Json applies it to DateTimeOffset? too).
/// </summary>
public sealed class OffsetRequiredConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // Refused as any value of the wrong type: BodyReader answers a 400 keyed by the field, saying
        // that it takes an instant with an offset.
        if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTimeOffset(out var value) || !HasOffset(reader.GetString()!))
        {
            throw new JsonException();
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);

    /// <summary>Whether an ISO 8601 instant names its offset: after the date (yyyy-MM-dd) and a time, "Z" or a sign followed by hh:mm.</summary>
    public static bool HasOffset(string text)
    {
        var time = text.IndexOf('T', StringComparison.OrdinalIgnoreCase);
        if (time < 0)
        {
            return false;
        }

        var rest = text.AsSpan(time);
        return rest.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || rest.LastIndexOfAny('+', '-') > 0;
    }
}
