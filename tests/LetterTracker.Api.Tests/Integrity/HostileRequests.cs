using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Integrity;

/// <summary>A request the generator made to be refused, and what is wrong with it.</summary>
public sealed record HostileRequest(string Endpoint, string Method, string Url, string Flaw, byte[]? Body, string? ContentType, string? IfMatch)
{
    /// <summary>The X-Api-Key to send; none when null.</summary>
    public string? ApiKey { get; init; }

    /// <summary>The Idempotency-Key header's values; none when null.</summary>
    public string[]? IdempotencyKeys { get; init; }

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Url);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        if (IfMatch is not null)
        {
            message.Headers.TryAddWithoutValidation("If-Match", IfMatch);
        }

        if (ApiKey is not null)
        {
            message.Headers.TryAddWithoutValidation("X-Api-Key", ApiKey);
        }

        if (IdempotencyKeys is not null)
        {
            message.Headers.TryAddWithoutValidation("Idempotency-Key", IdempotencyKeys);
        }

        return message;
    }

    public override string ToString() =>
        $"{Endpoint} [{Flaw}{(ApiKey == LetterTrackerApp.AdminKey ? "" : ApiKey is null ? ", no key" : $", key {ApiKey[..6]}…")}]: {Method} {(Url.Length > 200 ? Url[..200] + "…" : Url)}" + (Body is null ? "" : $" {ContentType} {Preview(Body)}");

    private static string Preview(byte[] body) => body.Length > 200 ? Encoding.UTF8.GetString(body, 0, 200) + $"… ({body.Length} bytes)" : Encoding.UTF8.GetString(body);
}

/// <summary>
/// Generates requests every endpoint must refuse, from its OpenAPI operation: broken and hostile JSON
/// bodies built from the request schema (and its example), bad path ids, bad query parameters, bad
/// If-Match headers, wrong content types, and requests over the configured limits. Each kind of flaw
/// is made so that no valid request can come out of it; the seeded Random only picks among them.
/// </summary>
public sealed partial class HostileRequests(JsonObject openApi, Random random, IReadOnlyDictionary<string, (string Id, string ETag)> records)
{
    private delegate HostileRequest? Flaw(Operation operation);

    /// <summary>One endpoint as the document describes it, with real ids for its path so that requests reach its validation.</summary>
    private sealed record Operation(string Endpoint, string Method, string Path, JsonObject Document, Dictionary<string, string> PathValues, string? ETag)
    {
        public string Url(IReadOnlyDictionary<string, string>? pathValues = null, string query = "") =>
            PathParameter().Replace(Path, m => Uri.EscapeDataString((pathValues ?? PathValues)[m.Groups[1].Value])) + query;

        public IEnumerable<JsonObject> QueryParameters =>
            (Document["parameters"]?.AsArray() ?? []).Select(p => p!.AsObject()).Where(p => p.Str("in") == "query");

        public string? BodyMediaType => Document["requestBody"]?["content"]?.AsObject().Select(c => c.Key).FirstOrDefault();
    }

    /// <summary>At least <paramref name="count"/> requests for the endpoint, every kind of flaw that applies to it taking turns.</summary>
    public List<HostileRequest> For(string method, string path, int count)
    {
        var endpoint = $"{method} {path}";
        var document = openApi["paths"]?[path]?[method.ToLowerInvariant()]?.AsObject()
            ?? throw new Xunit.Sdk.XunitException($"{endpoint} is mapped but not in the OpenAPI document, so no hostile requests can be made for it.");
        var parameters = PathParameter().Matches(path).Select(m => m.Groups[1].Value).ToList();
        var pathValues = new Dictionary<string, string>();
        string? etag = null;
        foreach (var parameter in parameters)
        {
            // A path parameter names a record of the collection before it: /api/letters/{id}, /events/{eventId}.
            var collection = path[..path.IndexOf($"{{{parameter}}}", StringComparison.Ordinal)].TrimEnd('/').Split('/')[^1];
            var (id, tag) = records.TryGetValue(collection, out var record) ? record : ($"{Guid.CreateVersion7()}", "\"1\"");
            pathValues[parameter] = id;
            etag = tag;
        }

        var operation = new Operation(endpoint, method, path, document, pathValues, etag);
        var requests = OneOffFlawsFor(operation).Select(flaw => flaw(operation)).OfType<HostileRequest>().ToList();
        var flaws = FlawsFor(operation).OrderBy(_ => random.Next()).ToList();
        for (var i = 0; flaws.Count > 0 && requests.Count < count && i < count * 4; i++)
        {
            if (flaws[i % flaws.Count](operation) is { } request)
            {
                requests.Add(request);
            }
        }

        return requests;
    }

    /// <summary>Flaws that make the same request each time: sent once per endpoint.</summary>
    private IEnumerable<Flaw> OneOffFlawsFor(Operation operation)
    {
        yield return QueryStringTooLong;
        yield return TooManyQueryParameters;
        yield return TooLarge;
        if (operation.QueryParameters.Any())
        {
            yield return RepeatedNumber;
        }

        if (operation.BodyMediaType is not null)
        {
            yield return EmptyBody;
        }
    }

    /// <summary>Flaws with a random part (which field, which value), taking turns until the endpoint has its share of requests.</summary>
    private IEnumerable<Flaw> FlawsFor(Operation operation)
    {
        if (operation.PathValues.Count > 0)
        {
            yield return BadPathId;
            yield return UnknownPathId;
        }

        if (operation.QueryParameters.Any())
        {
            yield return BadQueryParameter;
            yield return BadQueryParameter;
            yield return BadQueryParameter;
        }

        if (operation.Method is "PUT" or "PATCH" or "DELETE")
        {
            yield return BadIfMatch;
        }

        if (operation.Method == "POST" && operation.PathValues.Count > 0)
        {
            yield return StaleIfMatch; // an If-Match there is optional, but a wrong one is refused
        }

        if (operation.Method == "POST")
        {
            yield return BadIdempotencyKey;
        }

        if (operation.BodyMediaType == CsvMediaType)
        {
            yield return BadCsv;
            yield return BadCsv;
            yield return BadCsv;
            yield return WrongContentType;
        }
        else if (operation.BodyMediaType is not null)
        {
            yield return BrokenJson;
            yield return NotAnObject;
            yield return WrongContentType;
            yield return TooDeep;
            yield return DuplicateKey;
            yield return UnknownField;
            yield return ReadOnlyField;
            yield return MissingRequired;
            foreach (var _ in Enumerable.Range(0, 4))
            {
                yield return WrongType;
                yield return BadContent;
            }

            yield return InvalidUnicode;
            yield return HostileTextBesideAFlaw;
        }
    }

    // ---- URL, query and headers ----

    private HostileRequest QueryStringTooLong(Operation operation) =>
        Request(operation, "query string over the limit", operation.Url(query: "?pad=" + new string('x', 4100)));

    private HostileRequest TooManyQueryParameters(Operation operation) =>
        Request(operation, "31 query parameters", operation.Url(query: "?" + string.Join('&', Enumerable.Range(0, 31).Select(i => $"p{i}={i}"))));

    private HostileRequest BadPathId(Operation operation)
    {
        var values = new Dictionary<string, string>(operation.PathValues);
        var parameter = Pick(values.Keys.Order().ToList());
        values[parameter] = Pick(HostileValues.NotUuids().ToList());
        return Request(operation, $"path {parameter} not a UUID", operation.Url(values));
    }

    private HostileRequest UnknownPathId(Operation operation)
    {
        var values = new Dictionary<string, string>(operation.PathValues);
        var parameter = Pick(values.Keys.Order().ToList());
        values[parameter] = random.Next(4) == 0 ? $"{Guid.Empty}" : $"{Guid.CreateVersion7()}";
        return Request(operation, $"path {parameter} of no record", operation.Url(values));
    }

    private HostileRequest? BadQueryParameter(Operation operation)
    {
        var parameter = Pick(operation.QueryParameters.ToList());
        var name = JsonCamelCase(parameter.Str("name"));
        var kind = KindOf(parameter["schema"]!.AsObject());
        var values = kind switch
        {
            "integer" => HostileValues.NotIntegers(),
            "uuid" => HostileValues.NotUuids(),
            "date" => HostileValues.NotDates(),
            "boolean" => HostileValues.NotBooleans(),
            "enum" => HostileValues.NotEnumNames().Where(v => v.Length > 0),
            // A cursor is opaque: nothing but one the list issued is valid.
            "string" when name == "cursor" => [.. HostileValues.NotQueryText(), .. HostileValues.Injections, .. HostileValues.Emoji, "eyJvcmRlciI6bnVsbCwiaWQiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAifQ", "e30"],
            "string" => HostileValues.NotQueryText(),
            _ => null,
        };
        if (values is null)
        {
            return null;
        }

        var value = Pick(values.ToList());
        // limit is bounded too: 1 to Paging:MaxLimit (200).
        if (name == "limit" && random.Next(3) == 0)
        {
            value = Pick(new[] { "0", "-1", "201", "100000" });
        }

        return Request(operation, $"query {name}={Shorten(value)}", operation.Url(query: $"?{name}={Uri.EscapeDataString(value)}"));
    }

    private HostileRequest? RepeatedNumber(Operation operation) =>
        operation.QueryParameters.FirstOrDefault(p => KindOf(p["schema"]!.AsObject()) == "integer") is { } parameter
            ? Request(operation, "a number parameter given twice", operation.Url(query: $"?{JsonCamelCase(parameter.Str("name"))}=1&{JsonCamelCase(parameter.Str("name"))}=2"))
            : null;

    private HostileRequest BadIfMatch(Operation operation)
    {
        // Missing (428), a wildcard (428), not an entity tag (400), or not the current one (412).
        var ifMatch = Pick(new string?[] { null, "*", "1", "garbage", "\"1", "W/\"1\"", "\"999999\"", "\"-1\"", "\"' OR 1=1 --\"", "\"😀\"" });
        return WithIfMatch(operation, $"If-Match {ifMatch ?? "missing"}", ifMatch);
    }

    private HostileRequest StaleIfMatch(Operation operation) =>
        WithIfMatch(operation, "If-Match not the dispatch's", Pick(new[] { "\"999999\"", "garbage", "*", "W/\"1\"" }));

    /// <summary>The request with this If-Match (or none), and the body it would otherwise send: the If-Match alone must make it refused.</summary>
    private HostileRequest WithIfMatch(Operation operation, string flaw, string? ifMatch)
    {
        var body = operation.BodyMediaType is null ? null : Encoding.UTF8.GetBytes(BaseBody(operation).ToJsonString());
        return Request(operation, flaw, operation.Url(), body, operation.BodyMediaType, ifMatch, sendIfMatch: false);
    }

    /// <summary>An Idempotency-Key that is not one value of 1 to 200 printable ASCII characters, on a body that may well be valid.</summary>
    private HostileRequest BadIdempotencyKey(Operation operation)
    {
        // (An empty one cannot be sent: HttpClient leaves an empty header out.)
        var keys = Pick(new string[][] { [new string('k', 201)], ["ключ"], ["tab\there"], ["é"], ["one", "two"], ["😀"] });
        var flaw = $"Idempotency-Key {Shorten(string.Join(" + ", keys.Select(k => $"'{k}'")))}";
        var request = operation.BodyMediaType is null ? Request(operation, flaw, operation.Url()) : Body(operation, flaw, BaseBody(operation).ToJsonString());
        return request with { IdempotencyKeys = keys };
    }

    // ---- bodies ----

    private HostileRequest BrokenJson(Operation operation)
    {
        // From a body with a field at least: an empty merge patch has too little to break.
        var body = BaseBody(operation);
        if (body.Count == 0)
        {
            body[Pick(Properties(operation).Select(p => p.Name).ToList())] = "x";
        }

        var json = body.ToJsonString();
        var broken = Pick(new Func<string>[]
        {
            () => json[..random.Next(1, json.Length - 1)],
            () => json.Replace("\":", "\"", StringComparison.Ordinal),
            () => json.Replace("\"", "'", StringComparison.Ordinal),
            () => json[..^1] + ",}",
            () => "/* comment */" + json,
            () => json.Replace("{\"", "{", StringComparison.Ordinal),
            () => json[..^1] + ",\"x\":NaN}",
            () => json[..^1] + ",\"x\":0x10}",
            () => json + json,
            () => "{",
            () => "{\"a\":}",
            () => "\u0000",
        })();
        return Body(operation, "broken JSON", broken);
    }

    private HostileRequest NotAnObject(Operation operation) =>
        Body(operation, "body not an object", Pick(new[] { "[]", "[{}]", "\"text\"", "123", "null", "true" }));

    private HostileRequest EmptyBody(Operation operation) =>
        Request(operation, "empty body", operation.Url(), [], operation.BodyMediaType);

    private const string CsvMediaType = "text/csv";

    /// <summary>
    /// A CSV body (an import) that cannot be imported whole: broken quoting, a row longer than the
    /// header, an unknown column, no rows, text that is not UTF-8, or a row with a wrong kind beside a
    /// hostile name (rows are imported all or nothing, so the good ones are not imported either).
    /// </summary>
    private HostileRequest BadCsv(Operation operation)
    {
        var hostile = Pick([.. HostileValues.Injections, .. HostileValues.ControlCharacters, .. HostileValues.Emoji]);
        var quoted = "\"" + hostile.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var (flaw, body) = Pick(new (string, byte[])[]
        {
            ("unclosed quote", Encoding.UTF8.GetBytes("name,kind\r\n\"Elm Circle,other\r\n")),
            ("stray quote", Encoding.UTF8.GetBytes("name,kind\r\nElm \"Circle,other\r\n")),
            ("row longer than the header", Encoding.UTF8.GetBytes("name,kind\r\nElm Circle,other,extra\r\n")),
            ("unknown column", Encoding.UTF8.GetBytes($"name,kind,{quoted}\r\nElm Circle,other,x\r\n")),
            ("header only", Encoding.UTF8.GetBytes("name,kind\r\n")),
            ("Latin-1 text", Encoding.Latin1.GetBytes("name,kind\r\nKöln Verein,other\r\n")),
            ("a lone surrogate's bytes", [.. "name,kind\r\nElm"u8, 0xED, 0xA0, 0x80, .. ",other\r\n"u8]),
            ($"a wrong kind beside the name {Shorten(hostile)}", Encoding.UTF8.GetBytes($"name,kind\r\nElm Circle,other\r\n{quoted},nonsense\r\n")),
        });
        return Request(operation, $"CSV: {flaw}", operation.Url(), body, CsvMediaType);
    }

    private HostileRequest WrongContentType(Operation operation)
    {
        if (operation.BodyMediaType == CsvMediaType)
        {
            var json = Pick(new[] { "application/json", "text/plain", "application/vnd.ms-excel" });
            return Request(operation, $"content type {json}", operation.Url(), Encoding.UTF8.GetBytes("{\"name\":\"Elm Circle\",\"kind\":\"other\"}"), json);
        }

        // A PATCH takes application/json as a merge patch too.
        var contentType = Pick(operation.BodyMediaType == HttpWrites.MergePatch
            ? new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "text/json" }
            : ["text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "image/png", "text/json"]);
        return Request(operation, $"content type {contentType}", operation.Url(), Encoding.UTF8.GetBytes(BaseBody(operation).ToJsonString()), contentType);
    }

    /// <summary>A body a byte over the 8 MiB limit (to any endpoint, GETs too), declared by its Content-Length.</summary>
    private HostileRequest TooLarge(Operation operation) =>
        Request(operation, "body over the limit", operation.Url(), TooLargeBody.Value, operation.BodyMediaType ?? "application/json");

    private static readonly Lazy<byte[]> TooLargeBody = new(() => [(byte)'{', .. Enumerable.Repeat((byte)' ', (8 * 1024 * 1024) - 1), (byte)'}']);

    private HostileRequest TooDeep(Operation operation)
    {
        var depth = random.Next(65, 2000);
        var field = Pick(Properties(operation).Select(p => p.Name).ToList());
        return Body(operation, $"{field} nested {depth} deep", $"{{\"{field}\":{new string('[', depth)}{new string(']', depth)}}}");
    }

    private HostileRequest DuplicateKey(Operation operation)
    {
        var body = BaseBody(operation);
        var field = Pick(Properties(operation).Select(p => p.Name).ToList());
        body[field] ??= "x";
        var json = body.ToJsonString();
        return Body(operation, $"{field} twice", $"{{\"{field}\":{body[field]!.ToJsonString()},{json[1..]}");
    }

    private HostileRequest UnknownField(Operation operation)
    {
        var body = BaseBody(operation);
        var name = Pick(new[] { "__proto__", "constructor", "Name ", "ID", "isAdmin", "$type" });
        body[name] = Pick(new JsonNode?[] { 1, "x", new JsonObject(), null });
        return Body(operation, $"unknown field {name}", body.ToJsonString());
    }

    /// <summary>
    /// A field a GET shows but a write cannot set, with a value no record has: a change may carry the
    /// record as read (such fields are ignored when they hold its values), never other values; a create none.
    /// </summary>
    private HostileRequest ReadOnlyField(Operation operation)
    {
        var body = BaseBody(operation);
        var (name, value) = Pick(new (string, JsonNode?)[]
        {
            ("id", $"{Guid.CreateVersion7()}"), ("id", 1), ("id", null), ("version", 999999), ("version", "1"), ("version", null),
            ("createdAt", "1999-01-01T00:00:00+00:00"), ("createdAt", "x"), ("updatedAt", new JsonObject()),
        });
        body[name] = value;
        return Body(operation, $"read-only field {name} = {value?.ToJsonString() ?? "null"}", body.ToJsonString());
    }

    private HostileRequest? MissingRequired(Operation operation)
    {
        var required = Schema(operation)["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToList() ?? [];
        if (required.Count == 0)
        {
            return null;
        }

        var field = Pick(required);
        var body = BaseBody(operation);
        // A merge patch removes a field by sending null; a POST or PUT leaves it out (or sends null).
        if (operation.BodyMediaType == HttpWrites.MergePatch || random.Next(2) == 0)
        {
            body[field] = null;
        }
        else
        {
            body.Remove(field);
        }

        return Body(operation, $"required {field} missing", body.ToJsonString());
    }

    private HostileRequest WrongType(Operation operation)
    {
        var (field, kind) = Pick(Properties(operation).ToList());
        var body = BaseBody(operation);
        var value = Pick(HostileValues.WrongTypes(kind).ToList());
        body[field] = value;
        return Body(operation, $"{field} ({kind}) as {Shorten(value?.ToJsonString() ?? "null")}", body.ToJsonString());
    }

    private HostileRequest? BadContent(Operation operation)
    {
        var candidates = Properties(operation).Where(p => HostileValues.BadContent(p.Kind, p.Name) is not null).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var (field, kind) = Pick(candidates);
        var value = Pick(HostileValues.BadContent(kind, field)!.ToList());
        var body = BaseBody(operation);
        body[field] = value;
        return Body(operation, $"{field} ({kind}) = {Shorten(value?.ToJsonString() ?? "null")}", body.ToJsonString());
    }

    private HostileRequest? InvalidUnicode(Operation operation)
    {
        var text = Properties(operation).Where(p => p.Kind == "string").Select(p => p.Name).ToList();
        if (text.Count == 0)
        {
            return null;
        }

        var field = Pick(text);
        // A lone surrogate escaped in JSON, or bytes that are not UTF-8 at all.
        if (random.Next(2) == 0)
        {
            var body = BaseBody(operation);
            body[field] = "placeholder";
            return Body(operation, $"{field} with a lone surrogate", body.ToJsonString().Replace("\"placeholder\"", Pick(new[] { "\"\\ud800\"", "\"a\\udc00b\"", "\"\\ud83d\"" }), StringComparison.Ordinal));
        }

        var prefix = Encoding.UTF8.GetBytes($"{{\"{field}\":\"a");
        byte[] invalid = Pick(new byte[][] { [0xFF, 0xFE], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF] });
        return Request(operation, $"{field} not UTF-8", operation.Url(), [.. prefix, .. invalid, .. "\"}"u8], operation.BodyMediaType);
    }

    /// <summary>Attack strings and emoji in free text, where they are valid, in a body another field makes invalid: they still pass through reading and validation.</summary>
    private HostileRequest? HostileTextBesideAFlaw(Operation operation)
    {
        var properties = Properties(operation).ToList();
        var text = properties.Where(p => p.Kind == "string").Select(p => p.Name).ToList();
        var flawed = properties.Where(p => p.Kind is not "string").ToList();
        if (text.Count == 0 || flawed.Count == 0)
        {
            return null;
        }

        var body = BaseBody(operation);
        var field = Pick(text);
        body[field] = Pick(HostileValues.Injections.Concat(HostileValues.Emoji).ToList()) + " " + Pick(HostileValues.Emoji.ToList());
        var (other, kind) = Pick(flawed);
        body[other] = Pick(HostileValues.WrongTypes(kind).ToList());
        return Body(operation, $"{field} hostile text beside {other} ({kind}) of the wrong type", body.ToJsonString());
    }

    // ---- helpers ----

    /// <summary>What a flawed body starts from: the schema's example for POST and PUT, an empty merge patch for PATCH.</summary>
    private JsonObject BaseBody(Operation operation) =>
        operation.BodyMediaType == HttpWrites.MergePatch ? [] : Schema(operation)["example"]?.DeepClone().AsObject() ?? [];

    private JsonObject Schema(Operation operation)
    {
        var schema = operation.Document["requestBody"]!["content"]![operation.BodyMediaType!]!["schema"]!.AsObject();
        return Resolve(schema);
    }

    private IEnumerable<(string Name, string Kind)> Properties(Operation operation) =>
        (Schema(operation)["properties"]?.AsObject() ?? []).Select(p => (p.Key, KindOf(p.Value!.AsObject())));

    private JsonObject Resolve(JsonObject schema)
    {
        if (schema["$ref"] is { } reference)
        {
            return Resolve(openApi["components"]!["schemas"]![reference.GetValue<string>().Split('/')[^1]]!.AsObject());
        }

        return (schema["allOf"] ?? schema["oneOf"] ?? schema["anyOf"])?.AsArray().FirstOrDefault() is JsonObject first ? Resolve(first) : schema;
    }

    /// <summary>string, uuid, date, date-time, enum, integer, boolean, array or object.</summary>
    private string KindOf(JsonObject schema)
    {
        var resolved = Resolve(schema);
        if (resolved["enum"] is not null)
        {
            return "enum";
        }

        var type = resolved["type"]?.GetValue<string>() ?? "object";
        return type == "string" && resolved["format"]?.GetValue<string>() is "uuid" or "date" or "date-time" ? resolved["format"]!.GetValue<string>() : type;
    }

    private HostileRequest Body(Operation operation, string flaw, string json) =>
        Request(operation, flaw, operation.Url(), Encoding.UTF8.GetBytes(json), operation.BodyMediaType);

    /// <summary>A request with the current If-Match (where the endpoint takes one) unless told otherwise, so that it reaches validation.</summary>
    private static HostileRequest Request(
        Operation operation, string flaw, string url, byte[]? body = null, string? contentType = null, string? ifMatch = null, bool sendIfMatch = true)
    {
        var tag = sendIfMatch && operation.Method is "PUT" or "PATCH" ? operation.ETag : ifMatch;
        return new HostileRequest(operation.Endpoint, operation.Method, url, flaw, body, contentType, tag);
    }

    private T Pick<T>(IReadOnlyList<T> from) => from[random.Next(from.Count)];

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

    /// <summary>The OpenAPI document names [AsParameters] members as declared (Limit); clients send camelCase, which binding accepts as well.</summary>
    private static string JsonCamelCase(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex PathParameter();
}
