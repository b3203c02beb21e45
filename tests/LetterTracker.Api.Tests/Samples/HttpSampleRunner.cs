using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LetterTracker.Api.Tests.Samples;

/// <summary>
/// Sends the requests of an .http file one by one, as the editors do: {{variable}} from the file's
/// variables, {{$randomInt min max}}, and {{name.response.body.$.path}} and
/// {{name.response.headers.Name}} from the answer of a named request sent before.
/// </summary>
public sealed partial class HttpSampleRunner(HttpClient client, IReadOnlyDictionary<string, string> variables)
{
    private readonly Dictionary<string, (Dictionary<string, string> Headers, string Body)> answers = [];

    public async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpSample sample)
    {
        using var request = new HttpRequestMessage(new HttpMethod(sample.Method), Resolve(sample.Url));
        string? contentType = null;
        foreach (var (name, value) in sample.Headers)
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = Resolve(value);
            }
            else if (!request.Headers.TryAddWithoutValidation(name, Resolve(value)))
            {
                throw new FormatException($"{sample}: {name} is not a request header");
            }
        }

        if (sample.Body is { } body)
        {
            request.Content = new StringContent(Resolve(body), Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType ?? throw new FormatException($"{sample}: a body without a Content-Type"));
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (sample.Name is { } requestName)
        {
            var headers = response.Headers.Concat(response.Content.Headers)
                .ToDictionary(h => h.Key, h => h.Value.First(), StringComparer.OrdinalIgnoreCase);
            answers[requestName] = (headers, text);
        }

        return (response.StatusCode, text);
    }

    private string Resolve(string text) => Reference().Replace(text, match => Value(match.Groups[1].Value.Trim()));

    private string Value(string expression)
    {
        if (RandomInt().Match(expression) is { Success: true } random)
        {
            // As REST Client's: from min, below max.
            return Random.Shared.Next(int.Parse(random.Groups[1].Value), int.Parse(random.Groups[2].Value)).ToString(CultureInfo.InvariantCulture);
        }

        if (variables.TryGetValue(expression, out var value))
        {
            return Resolve(value);
        }

        var reference = AnswerReference().Match(expression);
        if (!reference.Success || !answers.TryGetValue(reference.Groups[1].Value, out var answer))
        {
            throw new InvalidOperationException($"{{{{{expression}}}}}: no such variable, or its request was not sent before");
        }

        var path = reference.Groups[3].Value;
        return reference.Groups[2].Value == "headers"
            ? answer.Headers.GetValueOrDefault(path) ?? throw new InvalidOperationException($"{{{{{expression}}}}}: the answer has no {path} header")
            : Select(JsonNode.Parse(answer.Body), path) ?? throw new InvalidOperationException($"{{{{{expression}}}}}: nothing at {path} in {answer.Body}");
    }

    /// <summary>The JSONPath subset `$.name[0].name`: a string as it is, anything else as JSON.</summary>
    private static string? Select(JsonNode? node, string path)
    {
        if (!JsonPath().IsMatch(path))
        {
            throw new FormatException($"{path}: only $.name and [index] steps are supported");
        }

        foreach (Match step in JsonPathStep().Matches(path))
        {
            node = step.Groups[1].Success
                ? (node as JsonObject)?[step.Groups[1].Value]
                : node is JsonArray array && int.Parse(step.Groups[2].Value) is var index && index < array.Count ? array[index] : null;
        }

        return node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : node?.ToJsonString();
    }

    [GeneratedRegex(@"\{\{(.+?)\}\}")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^\$randomInt\s+(-?\d+)\s+(-?\d+)$")]
    private static partial Regex RandomInt();

    [GeneratedRegex(@"^([A-Za-z_]\w*)\.response\.(body|headers)\.(.+)$")]
    private static partial Regex AnswerReference();

    [GeneratedRegex(@"^\$(?:\.[A-Za-z_]\w*|\[\d+\])+$")]
    private static partial Regex JsonPath();

    [GeneratedRegex(@"\.([A-Za-z_]\w*)|\[(\d+)\]")]
    private static partial Regex JsonPathStep();
}
