using System.Text.Json.Nodes;

namespace LetterTracker.Api.Common.Writes;

/// <summary>
/// A JSON Merge Patch (RFC 7396) body. PATCH applies it to the record's write shape (what a PUT
/// would send) and then reads, validates and saves the result exactly as a PUT, so the two cannot drift.
/// It is taken as application/merge-patch+json, and as application/json too: a JSON object sent to
/// PATCH can only mean a merge patch here, and many clients send no other type.
/// </summary>
public sealed class MergePatch
{
    public const string MediaType = "application/merge-patch+json";

    /// <summary>The media types a PATCH takes, the merge patch's own first.</summary>
    public static readonly string[] MediaTypes = [MediaType, JsonBody.MediaType];

    private MergePatch(JsonObject patch) => Patch = patch;

    public JsonObject Patch { get; }

    /// <summary>Reads the body itself (<see cref="JsonBody"/>): media type, text, duplicate keys and syntax, as 415 and 400 problems.</summary>
    public static async ValueTask<MergePatch> BindAsync(HttpContext http) =>
        new(await JsonBody.ReadObjectAsync(http, MediaTypes, "a merge patch: a JSON object naming the fields to change (null removes a value)"));

    /// <summary>The target with the patch merged in (RFC 7396): null removes a member, an object merges into an object, anything else replaces.</summary>
    public static JsonObject Merged(JsonObject target, JsonObject patch)
    {
        foreach (var (name, value) in patch)
        {
            if (value is null)
            {
                target.Remove(name);
            }
            else if (value is JsonObject nested && target[name] is JsonObject existing)
            {
                Merged(existing, nested);
            }
            else
            {
                target[name] = value.DeepClone();
            }
        }

        return target;
    }
}
