using System.Collections.Concurrent;
using CsvHelper;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace LetterTracker.Api.Common.Csv;

/// <summary>
/// The columns of a list item as CSV: its JSON properties in their JSON order and names, a nested
/// object's flattened into "letter.id", "letter.subject", ... Built from the serializer's own contract
/// (the options the API answers JSON with), so a CSV column is named and formatted as the JSON field it
/// comes from and the two cannot drift.
/// </summary>
public sealed class CsvColumns
{
    private static readonly ConcurrentDictionary<(Type, JsonSerializerOptions), CsvColumns> Built = new();

    private readonly JsonSerializerOptions json;

    private CsvColumns(Type type, JsonSerializerOptions json)
    {
        this.json = json;
        Columns = [.. Flatten(json.GetTypeInfo(type), prefix: "", read: item => item)];
    }

    /// <summary>One column: its header and how to read its value from an item.</summary>
    public sealed record Column(string Header, Type Type, Func<object, object?> Read);

    public IReadOnlyList<Column> Columns { get; }

    public static CsvColumns Of(Type type, JsonSerializerOptions json) => Built.GetOrAdd((type, json), key => new CsvColumns(key.Item1, key.Item2));

    public void WriteHeader(CsvWriter csv)
    {
        foreach (var column in Columns)
        {
            csv.WriteField(column.Header);
        }
    }

    public void WriteRow(CsvWriter csv, object item)
    {
        foreach (var column in Columns)
        {
            Write(csv, column.Read(item), column.Type);
        }
    }

    /// <summary>
    /// Writes a value as its JSON field reads: text and numbers as they are, enums by their JSON
    /// names, dates in ISO 8601, a list as its JSON text. Numbers are written as numbers, so only text is
    /// escaped against formula injection (a negative number stays a number).
    /// </summary>
    private void Write(CsvWriter csv, object? value, Type type)
    {
        switch (value)
        {
            case null:
                csv.WriteField((string?)null);
                break;
            case string text:
                csv.WriteField(text);
                break;
            case bool flag:
                csv.WriteField(flag);
                break;
            case int number:
                csv.WriteField(number, default);
                break;
            case long number:
                csv.WriteField(number, default);
                break;
            case decimal number:
                csv.WriteField(number, default);
                break;
            case Guid id:
                csv.WriteField(id, default);
                break;
            default:
                var element = JsonSerializer.SerializeToElement(value, type, json);
                csv.WriteField(element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText());
                break;
        }
    }

    private IEnumerable<Column> Flatten(JsonTypeInfo info, string prefix, Func<object, object?> read)
    {
        foreach (var property in info.Properties)
        {
            if (property.Get is not { } get)
            {
                continue;
            }

            var header = prefix + property.Name;
            object? Value(object item) => read(item) is { } owner ? get(owner) : null;
            var nested = json.GetTypeInfo(property.PropertyType);
            if (nested.Kind == JsonTypeInfoKind.Object)
            {
                foreach (var column in Flatten(nested, header + ".", Value))
                {
                    yield return column;
                }
            }
            else
            {
                yield return new Column(header, property.PropertyType, Value);
            }
        }
    }
}
