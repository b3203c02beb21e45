using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace LetterTracker.Api.Common;

/// <summary>
/// Turns a body System.Text.Json refused into a 400 that names the field and the reason in the
/// client's terms (JSON paths and camelCase names, never .NET type names).
/// </summary>
public static partial class JsonProblems
{
    public static ProblemDetails From(JsonException exception) => ToException(exception).ToProblemDetails();

    public static ProblemException ToException(JsonException exception)
    {
        var message = exception.Message;
        var field = FieldOf(exception.Path);
        if (field == "body" && DuplicateName().Match(message) is { Success: true } duplicate)
        {
            // JsonDocument (merge patches) reports duplicates without a path, only the name.
            field = duplicate.Groups[1].Value;
        }

        string? reason =
            message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal) ? "is not a field this resource has." :
            message.StartsWith("Duplicate property", StringComparison.Ordinal) ? "appears more than once." :
            exception.InnerException is null or FormatException or InvalidOperationException
                && message.Contains("could not be converted", StringComparison.Ordinal)
                ? "has the wrong type, or a value this field does not accept (the schema at /swagger lists them)." :
            null;

        if (reason is null)
        {
            // A syntax error: the reader's own message says what and where, without type names.
            var where = $"line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}";
            var what = (exception.InnerException?.Message ?? message).Split(" LineNumber:")[0].Split(" Path:")[0].TrimEnd(' ', '|');
            return ProblemException.Invalid(field, $"The body is not valid JSON ({where}): {what}");
        }

        return ProblemException.Invalid(field, field == "body" ? $"The body {reason}" : $"'{field}' {reason}");
    }

    /// <summary>"$.signatoryIds[2]" → "signatoryIds[2]"; the whole body is "body".</summary>
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    [System.Text.RegularExpressions.GeneratedRegex("^Duplicate property '([^']+)'")]
    private static partial System.Text.RegularExpressions.Regex DuplicateName();
}
