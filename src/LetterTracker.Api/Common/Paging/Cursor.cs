using System.Buffers.Text;
using System.Text.Json;

namespace LetterTracker.Api.Common.Paging;

/// <summary>
/// An opaque keyset cursor: where the last page ended (its sort key and id) and the order it was
/// issued for, as base64url JSON. Paging "after this record" costs the same on page 1 and page
/// 10,000, unlike OFFSET.
/// </summary>
public static class Cursor
{
    /// <summary>The position after which the next page starts.</summary>
    /// <param name="Order">The name of the order the cursor was issued for; null for the default (by id).</param>
    /// <param name="Key">The last record's sort key, when the order has one (JSON null for a record without it).</param>
    /// <param name="Id">The last record's id.</param>
    public sealed record Position(string? Order, JsonElement? Key, Guid Id);

    private const int MaxLength = 512;

    public static string Encode(Position position) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(position, JsonOptions));

    /// <param name="cursor">The cursor as the client sent it.</param>
    /// <param name="expectedOrder">The name of the order the list is read in.</param>
    /// <param name="orderReadsKey">
    /// The order checks the key itself (see <see cref="IKeysetOrder{TEntity, TResponse}"/>), where a null
    /// key stands for a record without the sort field; otherwise a named order's cursor needs a key.
    /// </param>
    public static Position Decode(string cursor, string? expectedOrder, bool orderReadsKey = false)
    {
        // IsValid first: TryDecodeFromChars throws, rather than returning false, on some malformed input.
        if (cursor.Length > MaxLength || !Base64Url.IsValid(cursor, out var length))
        {
            throw Invalid();
        }

        var bytes = new byte[length];
        Position? position;
        try
        {
            Base64Url.TryDecodeFromChars(cursor, bytes, out _);
            position = JsonSerializer.Deserialize<Position>(bytes, JsonOptions);
        }
        catch (JsonException)
        {
            throw Invalid();
        }

        if (position is null || position.Id == Guid.Empty || position.Order != expectedOrder
            || (expectedOrder is not null && position.Key is null && !orderReadsKey))
        {
            throw Invalid();
        }

        return position;
    }

    public static ProblemException Invalid() => ProblemException.Invalid(
        "cursor", "This is not a cursor this list issued; pass a nextCursor as given, with the same sort, or omit it to start at the first page.");

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
