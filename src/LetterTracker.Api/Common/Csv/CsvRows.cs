using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using CsvHelper;

namespace LetterTracker.Api.Common.Csv;

/// <summary>
/// A CSV body read as write bodies, one JSON object per data row, for the write path to read as it
/// reads a POST's (<see cref="Writes.BodyReader"/>): the header names the request's JSON fields (in
/// any case and order); columns an export of the same list has that a write cannot set (id, createdAt,
/// counts, a nested object's fields) are left out, so an exported file imports as it is; any other
/// column is a 400. An empty cell is a field not sent; a list field takes a JSON array (as the export
/// writes it) or values separated by ";"; a cell the export escaped against formula injection ('=...)
/// reads as the value it escaped. Text must be UTF-8; the quoting must be RFC 4180's, every row
/// with the header's field count; the separator (, ; tab or |) is read from the header line.
/// </summary>
public static class CsvRows
{
    public const string MediaType = CsvExport.MediaType;

    /// <summary>The most data rows one import takes: all are checked and saved in one transaction, which holds the (SQLite) write turn meanwhile.</summary>
    public const int MaxRows = 10_000;

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        SkipEmptyLines = true,
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The body's rows as the fields of <paramref name="requestType"/>; <paramref name="exported"/> is the list item an export writes.</summary>
    public static async Task<List<JsonObject>> ReadAsync(HttpContext http, Type requestType, Type exported, JsonSerializerOptions json)
    {
        using var body = await RequestBody.ReadAsync(http, [MediaType], hint: " (a header line, then one line per record)");
        var bytes = body.ToArray();

        try
        {
            StrictUtf8.GetCharCount(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw ProblemException.Invalid("body", "The CSV is not UTF-8 text: save it as \"CSV UTF-8\" from the spreadsheet.");
        }

        var writable = json.GetTypeInfo(requestType).Properties.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        var readOnly = CsvColumns.Of(exported, json).Columns.Select(c => c.Header).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var rows = new List<JsonObject>();
        try
        {
            using var csv = CsvReader.Create(bytes, Options);
            if (!csv.Read())
            {
                throw ProblemException.Invalid("body", "The CSV has no header line: its first line names the columns, such as name,kind.");
            }

            var columns = Columns(csv.Headers, writable, readOnly);
            do
            {
                var row = new JsonObject();
                foreach (var (index, property) in columns)
                {
                    if (Value(csv.GetString(index), property) is { } value)
                    {
                        row[property.Name] = value;
                    }
                }

                rows.Add(row);
                if (rows.Count > MaxRows)
                {
                    throw ProblemException.Invalid("body", $"An import takes at most {MaxRows} rows; split the file.");
                }
            }
            while (csv.Read());
        }
        catch (CsvFormatException malformed)
        {
            throw ProblemException.Invalid("body", $"The CSV is malformed at record {malformed.RecordNumber} (the header is record 1): {malformed.Message}");
        }

        return rows.Count > 0 ? rows : throw ProblemException.Invalid("body", "The CSV has a header but no rows.");
    }

    /// <summary>The columns read, by index; a column that is neither writable nor an exported one is a 400 naming both lists.</summary>
    private static List<(int Index, JsonPropertyInfo Property)> Columns(
        IReadOnlyList<string> headers, Dictionary<string, JsonPropertyInfo> writable, HashSet<string> readOnly)
    {
        var columns = new List<(int, JsonPropertyInfo)>();
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i].Trim();
            if (writable.TryGetValue(header, out var property))
            {
                if (columns.Any(c => c.Item2 == property))
                {
                    errors[header] = [$"The column '{header}' is given twice."];
                }

                columns.Add((i, property));
            }
            else if (!readOnly.Contains(header))
            {
                errors[string.IsNullOrEmpty(header) ? "header" : header] =
                    [$"'{header}' is not a column of this import: it takes {string.Join(", ", writable.Values.Select(p => p.Name))}."];
            }
        }

        return errors.Count > 0 ? throw ProblemException.Invalid(errors) : columns;
    }

    /// <summary>A cell as the JSON value its field takes; what cannot be read so is passed on as text, for the write path to refuse by its field.</summary>
    private static JsonNode? Value(string cell, JsonPropertyInfo property)
    {
        if (cell.Length == 0)
        {
            return null;
        }

        // The export's escape of a cell a spreadsheet would run as a formula: the value is what follows.
        if (cell.Length > 1 && cell[0] == CsvExport.Options.InjectionEscape && CsvExport.Options.InjectionCharacters.Contains(cell[1]))
        {
            cell = cell[1..];
        }

        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
        {
            if (cell.TrimStart().StartsWith('['))
            {
                try
                {
                    return JsonNode.Parse(cell);
                }
                catch (JsonException)
                {
                    return cell;
                }
            }

            return new JsonArray([.. cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(v => (JsonNode)v)]);
        }

        if (type == typeof(int) && int.TryParse(cell, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        if (type == typeof(bool) && bool.TryParse(cell, out var flag))
        {
            return flag;
        }

        return cell;
    }
}
