using System.Text;
using LetterTracker.Api.Common;

namespace LetterTracker.Api.Features.Search;

/// <summary>
/// What a user typed, as the terms every result must contain: words, and "quoted phrases" whose
/// words must stand together in that order. Nothing else has a meaning: operators, column filters,
/// wildcards and brackets are searched as the words they contain, or dropped when they contain none,
/// so no input reaches the engine as query syntax.
/// </summary>
public sealed class SearchTerms
{
    public const int MaxLength = 200;

    private SearchTerms(IReadOnlyList<string> terms) => Terms = terms;

    /// <summary>Words and phrases, as typed (without their quotes); each has at least one letter or digit.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>Reads ?q=; refuses (400 keyed q) text that is blank, too long, or has no word to search for.</summary>
    public static SearchTerms Parse(string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            throw ProblemException.Invalid("q", "Give the words to search for; \"quoted words\" must stand together.");
        }

        if (q.Length > MaxLength)
        {
            throw ProblemException.Invalid("q", $"At most {MaxLength} characters.");
        }

        var terms = new List<string>();
        var term = new StringBuilder();
        var inPhrase = false;
        foreach (var c in q)
        {
            if (c == '"')
            {
                Flush();
                inPhrase = !inPhrase; // an unclosed quote runs to the end
            }
            else if (char.IsControl(c) || (!inPhrase && char.IsWhiteSpace(c)))
            {
                Flush();
            }
            else
            {
                term.Append(c);
            }
        }

        Flush();
        if (terms.Count == 0)
        {
            throw ProblemException.Invalid("q", "Contains no word to search for: give at least one letter or digit.");
        }

        return new SearchTerms(terms);

        void Flush()
        {
            var text = term.ToString().Trim();
            term.Clear();
            if (text.EnumerateRunes().Any(Rune.IsLetterOrDigit))
            {
                terms.Add(text);
            }
        }
    }

    /// <summary>
    /// An FTS5 query: each term an FTS5 string (in double quotes, its own quotes doubled), which FTS5
    /// reads as a phrase of the words in it and nothing else; terms side by side must all match.
    /// </summary>
    public string ToFts5Query() => string.Join(' ', Terms.Select(t => $"\"{t.Replace("\"", "\"\"", StringComparison.Ordinal)}\""));

    /// <summary>
    /// A PostgreSQL tsquery expression with the terms as parameters {first}, {first + 1}, ...:
    /// phraseto_tsquery reads each as plain text (words in order, no operators), &amp;&amp; requires all.
    /// The text is prepared as the index's documents are (lettertracker_search_text, see the migration).
    /// </summary>
    public string ToTsQuery(int first) => string.Join(" && ", Terms.Select((_, i) =>
        $"phraseto_tsquery('lettertracker_search', lettertracker_search_text({{{first + i}}}))"));
}
