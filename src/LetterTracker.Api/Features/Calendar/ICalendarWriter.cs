using System.Globalization;
using System.Text;

namespace LetterTracker.Api.Features.Calendar;

/// <summary>
/// Writes RFC 5545 content lines: CRLF endings, TEXT values escaped (backslash, semicolon, comma,
/// newline), and lines longer than 75 octets folded (CRLF and a space), never inside a UTF-8 sequence.
/// </summary>
public sealed class ICalendarWriter
{
    private const int MaxOctets = 75;

    private readonly StringBuilder text = new();

    /// <summary>A property whose value is already in its type's form (a date, a UID, a URI).</summary>
    public ICalendarWriter Line(string name, string value)
    {
        Fold($"{name}:{value}");
        return this;
    }

    /// <summary>A property of type TEXT.</summary>
    public ICalendarWriter Text(string name, string value) => Line(name, Escape(value));

    public ICalendarWriter Date(string name, DateOnly day) =>
        Line($"{name};VALUE=DATE", day.ToString("yyyyMMdd", CultureInfo.InvariantCulture));

    public ICalendarWriter Instant(string name, DateTimeOffset instant) =>
        Line(name, instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));

    public override string ToString() => text.ToString();

    public static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    private void Fold(string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        foreach (var rune in line.EnumerateRunes())
        {
            if (Rune.IsControl(rune) && rune.Value != '\t')
            {
                continue; // RFC 5545 allows no control characters in values but HTAB
            }

            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 0;
                limit = MaxOctets - 1; // the leading space counts
            }

            text.Append(rune.ToString());
            octets += size;
        }

        text.Append("\r\n");
    }
}
