using System.Reflection;
using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace LetterTracker.Clients.NSwag;

/// <summary>
/// Enums as the document names them. NSwag marks each enum property with JsonStringEnumConverter,
/// which writes the C# member name (LandmineExplosion) and ignores the [EnumMember] value NSwag puts
/// on each member, which is the document's (landmineExplosion); this converter writes that value.
/// </summary>
public sealed class EnumMemberValues : JsonConverterFactory
{
    public override bool CanConvert(Type type) => type.IsEnum;

    public override JsonConverter? CreateConverter(Type type, JsonSerializerOptions options) =>
        new JsonStringEnumConverter(new Naming(type), allowIntegerValues: false).CreateConverter(type, options);

    /// <summary>Drops the generated per-property converters, so this one applies.</summary>
    internal static void DropGeneratedConverters(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if ((Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType).IsEnum)
                property.CustomConverter = null;
        }
    }

    private sealed class Naming(Type enumType) : JsonNamingPolicy
    {
        public override string ConvertName(string name) =>
            enumType.GetField(name)?.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? name;
    }
}
