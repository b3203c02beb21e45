using System.Reflection;
using FluentValidation;
using FluentValidation.Validators;
using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Api.Common.RequestLimits;
using LetterTracker.Api.Common.Validation;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LetterTracker.Api.Hosting.OpenApi;

/// <summary>
/// Puts the limits the API enforces into the schemas, so clients and gateways see them: the length of
/// each text field (from the field's validator, which shares the database's column lengths; a response
/// field has the limit of the request field it was written from), the length of ids, dates and
/// instants, the bounds and format of numbers, and the length of write lists and pages.
/// </summary>
public sealed class SchemaLimitsFilter(IServiceScopeFactory scopes, IOptions<PagingSettings> paging, IOptions<RequestLimitSettings> limits) : ISchemaFilter
{
    /// <summary>"2025-04-10T07:30:00.1234567+00:00": the longest instant the API writes or reads.</summary>
    private const int InstantLength = 33;
    private const int DateLength = 10;
    private const int UuidLength = 36;

    private static readonly string[] RecordSuffixes = ["Response", "Summary", "Ref", "Request"];

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return;
        }

        if (context.Type.IsGenericType && context.Type.GetGenericTypeDefinition() == typeof(Page<>))
        {
            ((OpenApiSchema)concrete.Properties!["items"]).MaxItems = paging.Value.MaxLimit;
            // A cursor is sent back in the query string, which may not be longer.
            ((OpenApiSchema)concrete.Properties!["nextCursor"]).MaxLength = limits.Value.MaxQueryStringLength;
        }
        else if ((context.Type == typeof(Problem) || context.Type == typeof(Features.Import.ImportRow))
            && concrete.Properties?["errors"]?.AdditionalProperties?.Items is OpenApiSchema message)
        {
            // An import row's errors are those a POST's 400 would list.
            message.MaxLength = Common.FrameworkProblems.MaxDetailLength;
        }

        var property = context.MemberInfo as PropertyInfo;
        if (property?.GetCustomAttribute<KnownValuesAttribute>() is { } known)
        {
            // On a list, the values are its items'.
            var valued = concrete.Items as OpenApiSchema ?? concrete;
            valued.Enum = [.. known.Values.Select(v => (System.Text.Json.Nodes.JsonNode)v)];
        }

        var rules = property is null ? null : RulesFor(property);
        Limit(concrete, rules?.Own);
        concrete.MaxLength ??= rules?.MaxLength;
        if (concrete.Items is OpenApiSchema itemSchema)
        {
            Limit(itemSchema, rules?.Items);
            if (concrete.MaxItems is null && rules is not null)
            {
                // Every list a write takes (and so the same list read back) is bounded by Rules.TextList or Rules.ExistingIds.
                concrete.MaxItems = Rules.MaxListLength;
            }
        }
    }

    /// <summary>The length of every value of a string format the API uses (an id, a date, an instant); null for free text.</summary>
    public static int? LengthOf(string? format) => format switch
    {
        "uuid" => UuidLength,
        "date" => DateLength,
        "date-time" => InstantLength,
        _ => null,
    };

    private static void Limit(OpenApiSchema schema, IReadOnlyList<IPropertyValidator>? rules)
    {
        var type = schema.Type & ~JsonSchemaType.Null;
        if (type == JsonSchemaType.String && schema.MaxLength is null && schema.Enum is not { Count: > 0 })
        {
            schema.MaxLength = LengthOf(schema.Format)
                ?? rules?.OfType<ILengthValidator>().Select(l => (int?)l.Max).FirstOrDefault(m => m > 0);
        }
        else if (type == JsonSchemaType.Integer)
        {
            var is64 = schema.Format == "int64";
            schema.Format ??= "int32";
            var floor = rules?.OfType<IComparisonValidator>()
                .Where(c => c.Comparison is Comparison.GreaterThanOrEqual && c.ValueToCompare is int)
                .Select(c => (int?)c.ValueToCompare).FirstOrDefault();
            schema.Minimum ??= (floor ?? (is64 ? long.MinValue : int.MinValue)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            schema.Maximum ??= (is64 ? long.MaxValue : int.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The request field's validators: its own rules, and those of RuleForEach on its items.</summary>
    private FieldRules? RulesFor(PropertyInfo property)
    {
        var declaring = property.DeclaringType;
        var suffix = declaring is null ? null : RecordSuffixes.FirstOrDefault(s => declaring.Name.EndsWith(s, StringComparison.Ordinal));
        if (declaring is null || suffix is null)
        {
            return null;
        }

        // IncidentSummary.Title has the limits of IncidentRequest.Title, from which it was written.
        var request = declaring.Assembly.GetType($"{declaring.Namespace}.{declaring.Name[..^suffix.Length]}Request");
        if (request?.GetProperty(property.Name) is null)
        {
            return null;
        }

        // A request without a validator has no rules; its [MaxLength] attributes still count.
        using var scope = scopes.CreateScope();
        var validator = scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(request)) as IValidator;
        // Rules are named as the JSON field (ValidationSetup resolves names to camelCase).
        var name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(property.Name);
        var members = (validator?.CreateDescriptor().GetRulesForMember(name) ?? []).ToLookup(IsItemRule);
        return new FieldRules(
            [.. members[false].SelectMany(r => r.Components).Select(c => c.Validator)],
            [.. members[true].SelectMany(r => r.Components).Select(c => c.Validator)],
            request.GetProperty(property.Name)!.GetCustomAttribute<System.ComponentModel.DataAnnotations.MaxLengthAttribute>()?.Length);
    }

    private static bool IsItemRule(IValidationRule rule) => rule.GetType().GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));

    /// <summary>A request field's validators, its items' validators, and the length its [MaxLength] states where no validator does.</summary>
    private sealed record FieldRules(IReadOnlyList<IPropertyValidator> Own, IReadOnlyList<IPropertyValidator> Items, int? MaxLength);
}
