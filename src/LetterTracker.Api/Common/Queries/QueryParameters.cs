using System.Globalization;
using System.Text.Json;
using LetterTracker.Api.Common.Validation;

namespace LetterTracker.Api.Common.Queries;

/// <summary>
/// Reads list filters from the query string as strictly as the API reads JSON bodies: enums by their
/// camelCase names only, dates as 2025-04-06 only, each parameter at most once.
/// </summary>
public static class QueryParameters
{
    /// <summary>
    /// An enum filter, bound as a string because minimal APIs' own enum binding takes numbers
    /// (status=1) and any case: only the camelCase names the API writes are accepted.
    /// </summary>
    public static TEnum? Enum<TEnum>(string? value, string parameter)
        where TEnum : struct, Enum
    {
        if (value is null)
        {
            return null;
        }

        foreach (var candidate in System.Enum.GetValues<TEnum>())
        {
            if (string.Equals(candidate.CamelName(), value, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        throw ProblemException.Invalid(parameter, $"'{value}' is not one of {string.Join(", ", System.Enum.GetValues<TEnum>().Select(v => v.CamelName()))}.");
    }

    /// <summary>
    /// A text filter: not blank (as ?recipientId= is not a UUID, ?country= is not a country), within
    /// the length of what it is matched against, and printable (PostgreSQL refuses NUL characters).
    /// </summary>
    public static string? Text(string? value, string parameter, int maxLength)
    {
        if (value is not null && (string.IsNullOrWhiteSpace(value) || value.Length > maxLength || !Rules.IsPrintable(value)))
        {
            throw ProblemException.Invalid(parameter, $"'{parameter}' must be non-blank printable text of at most {maxLength} characters, or left out.");
        }

        return value;
    }

    /// <summary>
    /// A date filter as bound (the framework also reads 04/06/2025, which is ambiguous), accepted only
    /// when the client wrote it as ISO 8601: 2025-04-06.
    /// </summary>
    public static DateOnly? IsoDate(this HttpRequest request, string parameter, DateOnly? bound)
    {
        var written = request.Query[parameter].ToString();
        if (bound is not null && !DateOnly.TryParseExact(written, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw ProblemException.Invalid(parameter, $"'{written}' is not a date such as 2025-04-06.");
        }

        return bound;
    }

    /// <summary>A range given by two parameters must not end before it starts; the error is keyed by its end.</summary>
    public static void Range(DateOnly? from, DateOnly? to, string fromParameter, string toParameter)
    {
        if (from > to)
        {
            throw ProblemException.Invalid(toParameter, $"'{toParameter}' ({to:yyyy-MM-dd}) must not be before '{fromParameter}' ({from:yyyy-MM-dd}).");
        }
    }

    /// <summary>
    /// Refuses a parameter given twice (?status=sent&amp;status=delivered) with 400 keyed by it: filters
    /// take one value each and combine with AND, so a repeat would otherwise be silently joined into
    /// one value ("sent,delivered") or half-ignored.
    /// </summary>
    public static RouteHandlerBuilder RefusingRepeatedParameters(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter((context, next) =>
        {
            foreach (var (name, values) in context.HttpContext.Request.Query)
            {
                if (values.Count > 1)
                {
                    var parameter = JsonNamingPolicy.CamelCase.ConvertName(name);
                    throw ProblemException.Invalid(parameter, $"Give '{parameter}' once; a list filters by one value of each parameter.");
                }
            }

            return next(context);
        });
}
