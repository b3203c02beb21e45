using System.Text;

namespace LetterTracker.Api.Tests.Infrastructure;

/// <summary>
/// A strict RFC 4180 reader, independent of the library the API writes CSV with: records end with CRLF
/// (the last one too), a field is either bare (no comma, quote, CR or LF) or quoted with doubled
/// quotes inside, and every record has the header's field count. Anything else fails the test.
/// </summary>
public static class Rfc4180
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    Assert.True(i < text.Length, "A quoted field is not closed.");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    Assert.True(text[i] != '"', $"A bare field holds a quote at {i}.");
                    field.Append(text[i++]);
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            Assert.True(i < text.Length, "The last record does not end with CRLF.");
            if (text[i] == ',')
            {
                i++;
                continue;
            }

            Assert.True(text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n', $"A record ends without CRLF at {i}.");
            i += 2;
            records.Add([.. fields]);
            fields.Clear();
        }

        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.Equal(records[0].Length, r.Length));
        return records;
    }
}
