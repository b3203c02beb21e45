using System.Globalization;
using System.Reflection;
using System.Text.Json;
using LetterTracker.Api.Common.Validation;
using Microsoft.AspNetCore.Http.Metadata;

namespace LetterTracker.Api.Common.Queries;

/// <summary>
/// Reads list filters from the query string as strictly as the API reads JSON bodies: enums by their
/// camelCase names only, dates as 2025-04-06 only, each parameter at most once, none the endpoint does not take.
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
    /// Refuses, on every endpoint under the group, a query parameter the endpoint does not take
    /// (?fromat=csv, a misspelt filter) and one given twice (?status=sent&amp;status=delivered), each a
    /// 400 keyed by the parameter. An unknown one would otherwise be silently ignored, the list
    /// answering as if unfiltered; a repeat silently joined into one value ("sent,delivered") or
    /// half-ignored. What an endpoint takes is read from its handler's parameters, the same the
    /// OpenAPI document is built from, so the two cannot drift.
    /// </summary>
    public static TBuilder RefusingUnknownAndRepeatedParameters<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var handlerParameters = QueryParametersOf(factory.MethodInfo);
            List<QueryParameter>? parameters = null;
            return context =>
            {
                var http = context.HttpContext;
                if (http.Request.Query.Count > 0)
                {
                    // With those its filters read (TakesQueryParameter), known from the endpoint's metadata.
                    parameters ??= [.. handlerParameters, .. http.GetEndpoint()!.Metadata.GetOrderedMetadata<TakesQueryParameter>()
                        .Select(p => new QueryParameter(p.Name, Explicit: true))];
                    RefuseUnknownAndRepeated(http, parameters);
                }

                return next(context);
            };
        });

    private static void RefuseUnknownAndRepeated(HttpContext http, List<QueryParameter> parameters)
    {
        // A simple parameter is bound from the route when the route has it, else from the query.
        var taken = parameters.Where(p => p.Explicit || !http.Request.RouteValues.ContainsKey(p.Name)).Select(p => p.Name).ToList();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (name, values) in http.Request.Query)
        {
            // Names are matched ignoring case, as binding matches them.
            if (!taken.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                errors[name] = [taken.Count == 0
                    ? $"'{name}' is not a parameter of {http.Request.Method} {http.Request.Path}, which takes none."
                    : $"'{name}' is not a parameter of {http.Request.Method} {http.Request.Path}, which takes: {string.Join(", ", taken)}."];
            }
            else if (values.Count > 1)
            {
                var parameter = JsonNamingPolicy.CamelCase.ConvertName(name);
                errors[parameter] = [$"Give '{parameter}' once; a list filters by one value of each parameter."];
            }
        }

        if (errors.Count > 0)
        {
            throw ProblemException.Invalid(errors);
        }
    }

    /// <summary>A parameter of a handler that may come from the query string: named so ([FromQuery]), or a simple value that is not in the route.</summary>
    private sealed record QueryParameter(string Name, bool Explicit);

    /// <summary>The handler's query parameters, those of its [AsParameters] records (PageQuery, the list filters) included.</summary>
    private static List<QueryParameter> QueryParametersOf(MethodInfo handler) =>
        [.. handler.GetParameters().SelectMany(QueryParametersOf)];

    private static IEnumerable<QueryParameter> QueryParametersOf(ParameterInfo parameter)
    {
        var attributes = parameter.GetCustomAttributes(inherit: true);
        if (attributes.OfType<AsParametersAttribute>().Any())
        {
            var constructor = parameter.ParameterType.GetConstructors().MaxBy(c => c.GetParameters().Length);
            return constructor?.GetParameters().SelectMany(QueryParametersOf) ?? [];
        }

        if (attributes.OfType<IFromQueryMetadata>().FirstOrDefault() is { } query)
        {
            return [new QueryParameter(query.Name ?? parameter.Name!, Explicit: true)];
        }

        var bound = attributes.Any(a => a is IFromRouteMetadata or IFromHeaderMetadata or IFromBodyMetadata or IFromServiceMetadata or IFromFormMetadata);
        return bound || !IsSimple(parameter.ParameterType) ? [] : [new QueryParameter(parameter.Name!, Explicit: false)];
    }

    /// <summary>Whether binding reads the type from text (strings, enums, numbers, ids, dates, and arrays of them): a route or query value.</summary>
    private static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? (type.IsArray ? type.GetElementType()! : type);
        return type == typeof(string) || type.IsEnum
            || type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), type.MakeByRefType()]) is not null
            || type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider), type.MakeByRefType()]) is not null;
    }
}

/// <summary>A query parameter an endpoint takes that its handler does not bind (read by one of its filters, such as CSV's format).</summary>
public sealed record TakesQueryParameter(string Name);
