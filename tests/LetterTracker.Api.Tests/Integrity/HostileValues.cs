using System.Text.Json.Nodes;

namespace LetterTracker.Api.Tests.Integrity;

/// <summary>
/// Values no field or parameter of their kind accepts, by the kind the OpenAPI document gives it.
/// Attack strings (SQL, script, path, template) and emoji go where they are invalid by shape (ids,
/// numbers, dates, enums), since in free text they are just text.
/// </summary>
public static class HostileValues
{
    public static readonly string[] Injections =
    [
        "' OR '1'='1' --",
        "'; DROP TABLE \"Letters\"; --",
        "1; DELETE FROM \"Organisations\"",
        "\" OR \"\"=\"",
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "${jndi:ldap://example.invalid/a}",
        "{{7*7}}",
        "../../../../etc/passwd",
        "Agdam* OR NEAR(a b) NOT \"x\"",
        "%00",
    ];

    public static readonly string[] Emoji = ["😀", "👩‍👩‍👧", "🇦🇿", "✉️"];

    /// <summary>Control characters the API refuses in text (tabs and line breaks it keeps).</summary>
    public static readonly string[] ControlCharacters = ["\u0000", "\u0007", "\u001b[2J", "\u007f", "\u0085", "\b"];

    /// <summary>Ids that are not UUIDs (in a path, an unknown but well-formed UUID is a 404, also refused).</summary>
    public static IEnumerable<string> NotUuids() =>
    [
        "not-a-uuid", "1", "0", "-1", "00000000-0000-0000-0000-00000000000Z", "01a201be-96aa-7475-9a3c", "01a201be-96aa-7475-9a3c-990f2ef5639a-00",
        new string('a', 300), "null", "true", "[]", .. Injections, .. Emoji,
    ];

    /// <summary>Not a 32-bit whole number: words, fractions, exponents, hex, other digits, overflow.</summary>
    public static IEnumerable<string> NotIntegers() =>
    [
        "abc", "1.5", "1e3", "0x10", "１２", "99999999999", "-99999999999", "NaN", "Infinity", "1,2", "true", .. Injections, .. Emoji,
    ];

    public static IEnumerable<string> NotDates() =>
    [
        "2025-13-45", "2025-02-30", "06/04/2025", "2025/04/06", "yesterday", "2025-04-06T10:00:00", "20250406", "99999-01-01", "0000-00-00", .. Injections, .. Emoji,
    ];

    public static IEnumerable<string> NotInstants() =>
    [
        "2025-04-06T10:00:00", "2025-04-06", "2025-04-06T25:00:00+02:00", "2025-02-30T10:00:00+00:00", "now", "10:00", .. Injections, .. Emoji,
    ];

    public static IEnumerable<string> NotBooleans() => ["yes", "1", "0", "True!", "maybe", .. Injections, .. Emoji];

    /// <summary>Not one of an enum's camelCase names (which it reads ignoring case).</summary>
    public static IEnumerable<string> NotEnumNames() => ["bogus", "", " ", "sent😀", "0", .. Injections, .. Emoji];

    /// <summary>Text no string parameter of a list accepts: blank, too long for any, or nothing but control characters.</summary>
    public static IEnumerable<string> NotQueryText() => ["   ", new string('x', 1000), "\u0001\u0007", "\u0000"];

    /// <summary>JSON values of the wrong type for a field of this kind (numbers are never read from strings, nor strings from numbers).</summary>
    public static IEnumerable<JsonNode?> WrongTypes(string kind) => kind switch
    {
        "string" or "uuid" or "date" or "date-time" or "enum" => [12345, 1.5, true, new JsonObject(), new JsonArray()],
        "integer" => ["393", 1.5, true, new JsonObject(), new JsonArray(), JsonNode.Parse("1e400"), JsonNode.Parse("99999999999999999999999"), JsonNode.Parse("-2147483649")],
        "boolean" => ["true", 1, 0, new JsonObject(), new JsonArray()],
        "array" => ["x", 1, true, new JsonObject(), new JsonArray(new JsonArray())],
        _ => [12345, "x"],
    };

    /// <summary>JSON values of the right JSON type but no valid content for a field of this kind; null when every value of the type is valid.</summary>
    public static IEnumerable<JsonNode?>? BadContent(string kind, string field) => kind switch
    {
        "uuid" => NotUuids().Select(v => (JsonNode?)v),
        "date" => NotDates().Select(v => (JsonNode?)v),
        "date-time" => NotInstants().Select(v => (JsonNode?)v),
        "enum" => NotEnumNames().Select(v => (JsonNode?)v),
        // Text: longer than any field allows (the longest is a source's fullText), or with control characters.
        "string" => [new string('x', field == "fullText" ? 1_000_001 : 100_001), .. ControlCharacters.Select(c => (JsonNode?)$"text{c}text")],
        // Counts and day numbers: none of the API's whole-number fields takes a negative one.
        "integer" => [-1, int.MinValue],
        "array" => [new JsonArray([.. Enumerable.Range(0, 101).Select(i => (JsonNode?)$"{Guid.CreateVersion7()}")])],
        _ => null,
    };
}
