using System.Buffers.Text;

namespace LetterTracker.Api.Common.Paging;

/// <summary>
/// An opaque keyset cursor: the id of the last record on the page, base64url-encoded behind a
/// version byte. Paging by "after this id" costs the same on page 1 and page 10,000, unlike OFFSET.
/// </summary>
public static class Cursor
{
    private const byte FormatVersion = 1;

    public static string Encode(Guid lastId)
    {
        Span<byte> bytes = stackalloc byte[17];
        bytes[0] = FormatVersion;
        lastId.TryWriteBytes(bytes[1..], bigEndian: true, out _);
        return Base64Url.EncodeToString(bytes);
    }

    public static Guid Decode(string cursor)
    {
        // IsValid first: TryDecodeFromChars throws, rather than returning false, on some malformed input.
        Span<byte> bytes = stackalloc byte[17];
        if (cursor.Length > 32
            || !Base64Url.IsValid(cursor, out var length)
            || length != bytes.Length
            || !Base64Url.TryDecodeFromChars(cursor, bytes, out _)
            || bytes[0] != FormatVersion)
        {
            throw new RequestValidationException("cursor", "This is not a cursor this API issued; use a nextCursor as given, or omit it to start at the first page.");
        }

        return new Guid(bytes[1..], bigEndian: true);
    }
}
