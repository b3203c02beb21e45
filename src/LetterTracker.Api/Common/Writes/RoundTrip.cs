using System.Text.Json;
using System.Text.Json.Nodes;

namespace LetterTracker.Api.Common.Writes;

/// <summary>
/// A write may carry the record as a GET shows it: GET, change a field, send it back is the first thing
/// most clients do. What a GET adds to the write shape (id, version, createdAt, updatedAt, counts,
/// related records shown whole, such as a letter's signatories) is read-only: a change (PUT, PATCH)
/// ignores such a field when it holds the record's value, and refuses it, keyed by the field, when it
/// does not. The version is one of them: a body naming another version than the one If-Match matched
/// was read from another state than the client claims, so it is refused rather than guessed at.
/// A new record (POST) has no values yet, so there every read-only field is refused. A field neither
/// the write shape nor a GET has is unknown, and always refused.
/// </summary>
public static class RoundTrip
{
    /// <summary>The body's fields the write sets, and the names of those a GET shows but a write cannot set.</summary>
    public sealed record Fields(JsonObject Writable, List<string> ReadOnly);

    public static Fields Sort<TRequest, TResponse>(JsonObject sent, JsonSerializerOptions options, BodyErrors errors)
    {
        var writable = Names(typeof(TRequest), options);
        var shown = Names(typeof(TResponse), options);
        var fields = new Fields([], []);
        foreach (var (name, value) in sent)
        {
            if (writable.Contains(name))
            {
                fields.Writable[name] = value?.DeepClone();
            }
            else if (shown.Contains(name))
            {
                fields.ReadOnly.Add(name);
            }
            else
            {
                // Names are read as the API writes them, exactly: "Name" is not "name".
                var meant = writable.Concat(shown).FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
                errors.Add(name, meant is null
                    ? $"'{name}' is not a field this resource has."
                    : $"'{name}' is not a field this resource has; names are camelCase, as in '{meant}'.");
            }
        }

        return fields;
    }

    public static void RefuseOnCreate(IEnumerable<string> readOnly, BodyErrors errors)
    {
        foreach (var name in readOnly)
        {
            errors.Add(name, $"'{name}' is read-only and set by the server: leave it out when creating a record.");
        }
    }

    /// <summary>
    /// Refuses each read-only field whose value differs from the record's. In a merge patch (RFC 7396) a
    /// field's value is merged into the record's: null removes it, an object changes the members it names.
    /// </summary>
    public static void Compare(JsonObject sent, IEnumerable<string> readOnly, JsonObject record, bool merge, BodyErrors errors)
    {
        foreach (var name in readOnly)
        {
            var value = sent[name];
            var current = record[name];
            var result = merge ? Merged(current, value) : value;
            if (!Same(result, current))
            {
                errors.Add(name, Contradiction(name, value, current, record));
            }
        }
    }

    private static string Contradiction(string name, JsonNode? sent, JsonNode? current, JsonObject record) => name switch
    {
        "id" => $"'id' is {BodyReader.Shown(sent)}, but this record is {BodyReader.Shown(current)}: send its own id, or leave it out.",
        "version" => $"'version' is {BodyReader.Shown(sent)}, but the record is at version {BodyReader.Shown(current)}, the one If-Match matched: " +
            "send the version you read, or leave it out.",
        _ => $"'{name}' is read-only, and {BodyReader.Shown(sent)} is not its value on this record ({BodyReader.Shown(current)}): " +
            $"send it as a GET returned it, or leave it out.{Instead(name, record)}",
    };

    /// <summary>The write field that changes what a read-only one shows, when there is one: parent → parentId, signatories → signatoryIds.</summary>
    private static string Instead(string name, JsonObject record)
    {
        var singular = name.EndsWith("ies", StringComparison.Ordinal) ? name[..^3] + "y" : name.TrimEnd('s');
        var candidate = new[] { name + "Id", singular + "Ids" }.FirstOrDefault(c => c != name && record.ContainsKey(c));
        return candidate is null ? "" : $" To change it, send '{candidate}'.";
    }

    /// <summary>A merge patch's value applied to a field's current value: null removes it, objects merge member by member.</summary>
    private static JsonNode? Merged(JsonNode? current, JsonNode? patch) =>
        patch is JsonObject members && current is JsonObject existing
            ? MergePatch.Merged(existing.DeepClone().AsObject(), members)
            : patch?.DeepClone();

    /// <summary>
    /// The same value as the client may have re-serialized it: objects regardless of member order and with
    /// null members left out or not (as many serializers do, and as a merge patch must: its null removes),
    /// numbers by value (2 and 2.0), instants by the moment they name ("...T07:30:00+00:00" and "...T07:30:00.000Z").
    /// </summary>
    private static bool Same(JsonNode? a, JsonNode? b) => (a, b) switch
    {
        (null, null) => true,
        (JsonObject x, JsonObject y) => x.Select(m => m.Key).Union(y.Select(m => m.Key)).All(name => Same(x[name], y[name])),
        (JsonArray x, JsonArray y) => x.Count == y.Count && x.Zip(y).All(pair => Same(pair.First, pair.Second)),
        (JsonValue x, JsonValue y) => JsonNode.DeepEquals(x, y) || SameNumber(x, y) || SameInstant(x, y),
        _ => false,
    };

    private static bool SameNumber(JsonValue a, JsonValue b) =>
        a.GetValueKind() == JsonValueKind.Number && b.GetValueKind() == JsonValueKind.Number
        && decimal.TryParse(a.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var x)
        && decimal.TryParse(b.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var y)
        && x == y;

    private static bool SameInstant(JsonValue a, JsonValue b) =>
        a.TryGetValue<string>(out var x) && b.TryGetValue<string>(out var y)
        && OffsetRequiredConverter.HasOffset(x) && OffsetRequiredConverter.HasOffset(y)
        && DateTimeOffset.TryParse(x, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var first)
        && DateTimeOffset.TryParse(y, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var second)
        && first == second;

    private static HashSet<string> Names(Type type, JsonSerializerOptions options) =>
        [.. options.GetTypeInfo(type).Properties.Select(p => p.Name)];
}
