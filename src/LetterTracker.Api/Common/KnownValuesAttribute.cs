using System.Reflection;

namespace LetterTracker.Api.Common;

/// <summary>
/// The values a text query parameter or field takes, for the document (its schema's enum): the camelCase
/// names of an enum, which <see cref="Queries.QueryParameters.Enum{TEnum}"/> parses, or a static list of names.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class KnownValuesAttribute : Attribute
{
    /// <summary>The names of the enum's values.</summary>
    public KnownValuesAttribute(Type enumType) =>
        Values = [.. Enum.GetNames(enumType).Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName)];

    /// <summary>The names a public static property of <paramref name="owner"/> lists.</summary>
    public KnownValuesAttribute(Type owner, string property) =>
        Values = [.. (IEnumerable<string>)owner.GetProperty(property, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!];

    public IReadOnlyList<string> Values { get; }
}
