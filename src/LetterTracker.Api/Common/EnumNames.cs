using System.Text.Json;

namespace LetterTracker.Api.Common;

public static class EnumNames
{
    /// <summary>An enum value's name as the API reads and writes it ("followUpSent", "editor"), the JSON converter's naming.</summary>
    public static string CamelName<TEnum>(this TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
