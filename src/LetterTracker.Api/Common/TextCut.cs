namespace LetterTracker.Api.Common;

/// <summary>Text held to a length the OpenAPI document promises.</summary>
public static class TextCut
{
    /// <summary>The text, or, when longer than <paramref name="maxLength"/>, its start and an ellipsis, never cut between the halves of a surrogate pair.</summary>
    public static string AtMost(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[maxLength - 2]) ? maxLength - 2 : maxLength - 1;
        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
