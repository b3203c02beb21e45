namespace LetterTracker.Api.Common.Writes;

/// <summary>
/// What is wrong with a write body, gathered from every check before any is answered, keyed by the
/// JSON field path the client sent ("status", "signatoryIds[2]").
/// </summary>
public sealed class BodyErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);
    private readonly HashSet<string> fields = new(StringComparer.Ordinal);

    public int Count => errors.Count;

    /// <summary>An error at <paramref name="path"/>, within the body's top-level <paramref name="field"/>.</summary>
    public void Add(string field, string path, string message)
    {
        fields.Add(field);
        if (!errors.TryGetValue(path, out var messages))
        {
            errors[path] = messages = [];
        }

        if (!messages.Contains(message))
        {
            messages.Add(message);
        }
    }

    public void Add(string field, string message) => Add(field, field, message);

    /// <summary>
    /// Whether a path lies in a field already found wrong. A field that could not be read is left out
    /// of what the validator sees; its rules would only repeat the error ("required") about a value
    /// the client did send.
    /// </summary>
    public bool Covers(string path) => fields.Any(field =>
        path.StartsWith(field, StringComparison.Ordinal) && (path.Length == field.Length || path[field.Length] is '[' or '.'));

    public Dictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
