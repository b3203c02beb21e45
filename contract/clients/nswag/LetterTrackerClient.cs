namespace LetterTracker.Clients.NSwag.Generated;

/// <summary>
/// The generated client's serializer settings, through the hook NSwag generates for them
/// (generateUpdateJsonSerializerSettingsMethod in nswag.json): merge patches that send only what was
/// set (<see cref="MergePatch"/>) and enums by the document's names (<see cref="EnumMemberValues"/>).
/// </summary>
public partial class LetterTrackerClient
{
    // Names in full: this namespace holds whatever types the document names (Type, Status, Sort...).
    static partial void UpdateJsonSerializerSettings(global::System.Text.Json.JsonSerializerOptions settings)
    {
        settings.Converters.Add(new global::LetterTracker.Clients.NSwag.EnumMemberValues());
        settings.TypeInfoResolver = new global::System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                global::LetterTracker.Clients.NSwag.MergePatch.OmitNullsNotCleared,
                global::LetterTracker.Clients.NSwag.EnumMemberValues.DropGeneratedConverters,
            },
        };
    }
}
