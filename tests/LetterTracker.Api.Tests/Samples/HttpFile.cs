using System.Text.RegularExpressions;

namespace LetterTracker.Api.Tests.Samples;

/// <summary>One request of an .http file as written: its {{variables}} are resolved when it is sent.</summary>
public sealed record HttpSample(
    int Line, string? Name, string Method, string Url, IReadOnlyList<(string Name, string Value)> Headers, string? Body, int? ExpectedStatus)
{
    public override string ToString() => $"line {Line}: {Method} {Url}";
}

/// <summary>
/// Reads the part of the .http format (VS Code's REST Client, Visual Studio) that LetterTracker.http
/// uses: `###` lines between requests; `@name = value` file variables; comment lines (`#`, `//`),
/// among them `# @name x` naming the next request and `# expect 404` for a request that is not to
/// answer 2xx; the request line; headers up to a blank line; the body up to the next `###`. A line
/// it does not know is an error, so the file cannot drift into syntax this reader would misread.
/// </summary>
public sealed partial class HttpFile
{
    private HttpFile(IReadOnlyDictionary<string, string> variables, IReadOnlyList<HttpSample> requests)
    {
        Variables = variables;
        Requests = requests;
    }

    public IReadOnlyDictionary<string, string> Variables { get; }

    public IReadOnlyList<HttpSample> Requests { get; }

    public static HttpFile Parse(string text)
    {
        var variables = new Dictionary<string, string>();
        var requests = new List<HttpSample>();
        var block = new List<(int Number, string Text)>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i == lines.Length || lines[i].StartsWith("###", StringComparison.Ordinal))
            {
                if (ParseBlock(block, variables) is { } request)
                {
                    requests.Add(request);
                }

                block.Clear();
            }
            else
            {
                block.Add((i + 1, lines[i]));
            }
        }

        return new HttpFile(variables, requests);
    }

    /// <summary>The request of one block between `###` lines, or null when it holds only comments and variables.</summary>
    private static HttpSample? ParseBlock(List<(int Number, string Text)> block, Dictionary<string, string> variables)
    {
        string? name = null;
        int? expected = null;
        var i = 0;
        for (; i < block.Count; i++)
        {
            var (number, line) = (block[i].Number, block[i].Text.Trim());
            if (line.Length == 0)
            {
                continue;
            }

            if (Variable().Match(line) is { Success: true } variable)
            {
                variables[variable.Groups[1].Value] = variable.Groups[2].Value.Trim();
            }
            else if (NameComment().Match(line) is { Success: true } named)
            {
                name = named.Groups[1].Value;
            }
            else if (ExpectComment().Match(line) is { Success: true } expect)
            {
                expected = int.Parse(expect.Groups[1].Value);
            }
            else if (Directive().IsMatch(line))
            {
                throw new FormatException($"line {number}: a directive this reader does not know: {line}");
            }
            else if (!line.StartsWith('#') && !line.StartsWith("//", StringComparison.Ordinal))
            {
                break; // Not a comment: the request line.
            }
        }

        if (i == block.Count)
        {
            return name is null && expected is null ? null : throw new FormatException($"line {block[0].Number}: # @name or # expect without a request");
        }

        var requestLine = RequestLine().Match(block[i].Text.Trim());
        if (!requestLine.Success)
        {
            throw new FormatException($"line {block[i].Number}: not a request line (METHOD URL): {block[i].Text}");
        }

        var first = block[i].Number;
        var headers = new List<(string, string)>();
        for (i++; i < block.Count && block[i].Text.Trim().Length > 0; i++)
        {
            var header = Header().Match(block[i].Text);
            headers.Add(header.Success ? (header.Groups[1].Value, header.Groups[2].Value.Trim())
                : throw new FormatException($"line {block[i].Number}: not a header (Name: value): {block[i].Text}"));
        }

        var body = string.Join('\n', block.Skip(i).Select(l => l.Text)).Trim();
        return new HttpSample(first, name, requestLine.Groups[1].Value, requestLine.Groups[2].Value, headers, body.Length == 0 ? null : body, expected);
    }

    [GeneratedRegex(@"^@([A-Za-z_][\w-]*)\s*=(.*)$")]
    private static partial Regex Variable();

    [GeneratedRegex(@"^(?:#|//)\s*@name\s+([A-Za-z_]\w*)$")]
    private static partial Regex NameComment();

    [GeneratedRegex(@"^(?:#|//)\s*expect\s+([1-5][0-9]{2})\b")]
    private static partial Regex ExpectComment();

    [GeneratedRegex(@"^(?:#|//)\s*@")]
    private static partial Regex Directive();

    [GeneratedRegex(@"^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\S+)(?: HTTP/[0-9.]+)?$")]
    private static partial Regex RequestLine();

    [GeneratedRegex(@"^([A-Za-z0-9-]+):(.*)$")]
    private static partial Regex Header();
}
