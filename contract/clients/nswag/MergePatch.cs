using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;

namespace LetterTracker.Clients.NSwag;

/// <summary>
/// Merge patches (RFC 7396) from NSwag's request classes. Its System.Text.Json client writes every
/// property of a request object, so a patch made from a generated class would send null for each field
/// left unset, and a merge patch reads null as "clear it". Here a null is left out (absent: unchanged),
/// and written only for a property named with <see cref="Clear{T}"/> on that object: a plain class
/// cannot tell "left unset" from "set to null" by itself. Values that are not null, default enum and
/// date values included, are always written.
/// </summary>
public static class MergePatch
{
    private static readonly ConditionalWeakTable<object, HashSet<string>> Cleared = [];

    /// <summary>Sends <paramref name="property"/> as null in this request object: the merge patch clears it.</summary>
    public static T Clear<T>(T request, Expression<Func<T, object?>> property) where T : class
    {
        var body = property.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : property.Body;
        if (body is not MemberExpression { Member: PropertyInfo member })
            throw new ArgumentException("Name a property of the request, such as p => p.Place.", nameof(property));
        member.SetValue(request, null);
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
