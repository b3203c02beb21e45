using System.Reflection;
using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Api.Common.RequestLimits;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LetterTracker.Api.Hosting.OpenApi;

/// <summary>
/// Puts the rules the API applies to path and query parameters into their schemas: the values of
/// enumerated filters and of sort, limit's bounds, and the length of every text (an id's, a date's,
/// or, for free text, the query string's limit, beyond which the request is a 414).
/// </summary>
public sealed class ParameterLimitsFilter(IOptions<PagingSettings> paging, IOptions<RequestLimitSettings> limits) : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        if (parameter is not OpenApiParameter concrete || concrete.Schema is not OpenApiSchema schema)
        {
            return;
        }

        // A record's parameter ([AsParameters]) carries its attributes; the property made from it does not.
        var declaring = context.PropertyInfo?.DeclaringType ?? context.ParameterInfo?.Member.DeclaringType;
        var values = context.ParameterInfo?.GetCustomAttribute<KnownValuesAttribute>() ?? context.PropertyInfo?.GetCustomAttribute<KnownValuesAttribute>()
            ?? declaring?.GetConstructors().SelectMany(c => c.GetParameters()).FirstOrDefault(p => p.Name == context.PropertyInfo?.Name)?.GetCustomAttribute<KnownValuesAttribute>();
        if (values is not null)
        {
            schema.Enum = [.. values.Values.Select(v => (System.Text.Json.Nodes.JsonNode)v)];
        }
        else if (concrete.Name == "sort" && declaring is not null && SortNames(declaring) is { } sorts)
        {
            schema.Enum = [.. sorts.Select(v => (System.Text.Json.Nodes.JsonNode)v)];
        }
        else if (concrete.Name == "limit")
        {
            schema.Minimum = "1";
            schema.Maximum = paging.Value.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if ((schema.Type & ~JsonSchemaType.Null) == JsonSchemaType.String && schema.Enum is not { Count: > 0 })
        {
            schema.MaxLength ??= SchemaLimitsFilter.LengthOf(schema.Format) ?? limits.Value.MaxQueryStringLength;
        }
    }

    /// <summary>The sort values of a list, from the <see cref="SortOrders{TEntity, TResponse}"/> its query type keeps in a static field.</summary>
    private static IEnumerable<string>? SortNames(Type query) => query
        .GetFields(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(SortOrders<,>))
        .Select(f => (IEnumerable<string>)f.FieldType.GetProperty(nameof(SortOrders<,>.Names))!.GetValue(f.GetValue(null))!)
        .FirstOrDefault();
}
