using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace LetterTracker.Clients.NSwag.Generated;

/// <summary>
/// The serializer settings of the generated client, through the hook NSwag generates for them
/// (generateUpdateJsonSerializerSettingsMethod). NSwag's System.Text.Json client writes every property
/// of a request object, so a merge patch made from a generated class would send null for each field
/// left unset, and RFC 7396 reads null as "clear it". Here a null is left out (absent: unchanged), and
/// written only for a property named with <see cref="MergePatch.Clear{T}"/> on that object: a plain
/// class cannot tell "left unset" from "set to null" by itself. Values that are not null, default enum
/// and date values included, are always written.
/// Enums: NSwag marks each property with JsonStringEnumConverter, which writes the C# member name
/// (LandmineExplosion) and ignores the [EnumMember] value NSwag puts on it, which is the document's
/// (landmineExplosion); enums are written with those values here.
/// </summary>
public partial class LetterTrackerClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings)
    {
        settings.Converters.Add(new EnumMemberValues());
        settings.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { MergePatch.OmitNullsNotCleared, EnumMemberValues.Use } };
    }
}

/// <summary>Enums as the document names them: the value of each member's [EnumMember].</summary>
public sealed class EnumMemberValues : JsonConverterFactory
{
    public override bool CanConvert(Type type) => type.IsEnum;

    public override JsonConverter? CreateConverter(Type type, JsonSerializerOptions options) =>
        new JsonStringEnumConverter(new Naming(type), allowIntegerValues: false).CreateConverter(type, options);

    /// <summary>Drops the generated per-property converter, so the one above applies.</summary>
    internal static void Use(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
            if ((Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType).IsEnum)
                property.CustomConverter = null;
    }

    private sealed class Naming(Type enumType) : JsonNamingPolicy
    {
        public override string ConvertName(string name) =>
            enumType.GetField(name)?.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? name;
    }
}

public static class MergePatch
{
    private static readonly ConditionalWeakTable<object, HashSet<string>> Cleared = [];

    /// <summary>Sends <paramref name="property"/> as null in this request object: the merge patch clears it.</summary>
    public static T Clear<T>(T request, Expression<Func<T, object?>> property) where T : class
    {
        var body = property.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : property.Body;
        if (body is not MemberExpression { Member: PropertyInfo member })
            throw new ArgumentException("Name a property of the request, such as p => p.Place.", nameof(property));
        typeof(T).GetProperty(member.Name)!.SetValue(request, null);
        Cleared.GetOrCreateValue(request).Add(member.Name);
        return request;
    }

    internal static void OmitNullsNotCleared(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.AttributeProvider is not PropertyInfo member) continue;
            property.ShouldSerialize = (owner, value) =>
                value is not null || (Cleared.TryGetValue(owner, out var names) && names.Contains(member.Name));
        }
    }
}
