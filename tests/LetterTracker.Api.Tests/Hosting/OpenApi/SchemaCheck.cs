using System.Text.Json;
using System.Text.Json.Nodes;

namespace LetterTracker.Api.Tests.Hosting.OpenApi;

/// <summary>
/// Checks a JSON value against an OpenAPI 3.0 schema of the served document, as a validating proxy
/// would: type (with nullable), required, enum, maxLength, minLength, pattern, maxItems, minimum and maximum,
/// additionalProperties, through $ref and allOf. Returns each violation with its JSON path.
/// </summary>
public sealed class SchemaCheck(JsonObject document)
{
    private readonly JsonObject schemas = document["components"]!["schemas"]!.AsObject();

    public List<string> Violations(JsonNode? value, JsonNode schema, string path = "$")
    {
        var found = new List<string>();
        Check(value, schema.AsObject(), path, found);
        return found;
    }

    private void Check(JsonNode? value, JsonObject schema, string path, List<string> found)
    {
        if (schema["$ref"] is { } reference)
        {
            Check(value, schemas[reference.GetValue<string>().Split('/')[^1]]!.AsObject(), path, found);
            return;
        }

        if (value is null)
        {
            if (schema["nullable"]?.GetValue<bool>() != true)
            {
                found.Add($"{path}: null, but the schema is not nullable");
            }

            return;
        }

        foreach (var part in schema["allOf"]?.AsArray() ?? [])
        {
            Check(value, part!.AsObject(), path, found);
        }

        if (schema["enum"] is JsonArray allowed && !allowed.Any(a => JsonNode.DeepEquals(a, value)))
        {
            found.Add($"{path}: {value.ToJsonString()} is not one of the schema's enum");
        }

        switch (schema["type"]?.GetValue<string>(), value.GetValueKind())
        {
            case (null, _):
            case ("string", JsonValueKind.String):
                if (schema["maxLength"]?.GetValue<int>() is { } maxLength && value.GetValue<string>().Length > maxLength)
                {
                    found.Add($"{path}: longer than maxLength {maxLength}");
                }

                if (value.GetValueKind() != JsonValueKind.String)
                {
                    break;
                }

                if (schema["minLength"]?.GetValue<int>() is { } minLength && value.GetValue<string>().Length < minLength)
                {
                    found.Add($"{path}: shorter than minLength {minLength}");
                }

                if (schema["pattern"]?.GetValue<string>() is { } pattern && !System.Text.RegularExpressions.Regex.IsMatch(value.GetValue<string>(), pattern))
                {
                    found.Add($"{path}: {value.ToJsonString()} does not match the pattern {pattern}");
                }

                break;
            case ("integer", JsonValueKind.Number) when value.GetValue<decimal>() % 1 == 0:
            case ("number", JsonValueKind.Number):
                var number = value.GetValue<decimal>();
                if (schema["minimum"]?.GetValue<decimal>() is { } minimum && number < minimum
                    || schema["maximum"]?.GetValue<decimal>() is { } maximum && number > maximum)
                {
                    found.Add($"{path}: {number} is outside the schema's bounds");
                }

                break;
            case ("boolean", JsonValueKind.True or JsonValueKind.False):
                break;
            case ("array", JsonValueKind.Array):
                var items = value.AsArray();
                if (schema["maxItems"]?.GetValue<int>() is { } maxItems && items.Count > maxItems)
                {
                    found.Add($"{path}: more items than maxItems {maxItems}");
                }

                for (var i = 0; i < items.Count; i++)
                {
                    Check(items[i], schema["items"]!.AsObject(), $"{path}[{i}]", found);
                }

                break;
            case ("object", JsonValueKind.Object):
                CheckObject(value.AsObject(), schema, path, found);
                break;
            case var (type, kind):
                found.Add($"{path}: a {kind}, but the schema says {type}");
                break;
        }
    }

    private void CheckObject(JsonObject value, JsonObject schema, string path, List<string> found)
    {
        var properties = schema["properties"]?.AsObject();
        foreach (var required in schema["required"]?.AsArray() ?? [])
        {
            if (!value.ContainsKey(required!.GetValue<string>()))
            {
                found.Add($"{path}: required '{required}' is missing");
            }
        }

        foreach (var (name, member) in value)
        {
            if (properties?[name] is JsonObject property)
            {
                Check(member, property, $"{path}.{name}", found);
            }
            else if (schema["additionalProperties"] is JsonObject additional)
            {
                Check(member, additional, $"{path}.{name}", found);
            }
            else if (properties is not null)
            {
                found.Add($"{path}: '{name}' is not in the schema");
            }
        }
    }
}
