using System.Text.Json;
using System.Text.RegularExpressions;

namespace LetterTracker.Api.Common;

/// <summary>
/// Turns the framework's parameter-binding failures ("Failed to bind parameter \"Guid id\" from
/// \"abc\"") into 400s keyed by the parameter, in the client's terms, without .NET type names.
/// </summary>
public static partial class BindingProblems
{
    public static ProblemException From(BadHttpRequestException bad)
    {
        if (FailedToBind().Match(bad.Message) is { Success: true } failed)
        {
            var type = failed.Groups["type"].Value;
            var field = JsonNamingPolicy.CamelCase.ConvertName(failed.Groups["name"].Value);
            var value = failed.Groups["value"].Value;
            var expected = type.Contains("Guid", StringComparison.Ordinal) ? "a UUID"
                : type.Contains("int", StringComparison.OrdinalIgnoreCase) || type.Contains("long", StringComparison.OrdinalIgnoreCase) ? "a whole number in range"
                : type.Contains("DateOnly", StringComparison.Ordinal) ? "a date such as 2025-04-06"
                : type.Contains("bool", StringComparison.OrdinalIgnoreCase) ? "true or false"
                : "a valid value";
            return ProblemException.Invalid(field, $"'{value}' is not {expected}.");
        }

        if (bad.Message.Contains("no body was provided", StringComparison.Ordinal)
            || bad.Message.Contains("was not provided from body", StringComparison.Ordinal))
        {
            return ProblemException.Invalid("body", "A JSON body is required.");
        }

        return new ProblemException(bad.StatusCode, "The request could not be read.", bad.Message);
    }

    [GeneratedRegex("^Failed to bind parameter \"(?<type>.+) (?<name>[^ \"]+)\" from \"(?<value>.*)\"\\.\\z", RegexOptions.Singleline)]
    private static partial Regex FailedToBind();
}
