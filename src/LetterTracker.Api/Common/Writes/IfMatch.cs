using Microsoft.Net.Http.Headers;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Common.Writes;

/// <summary>
/// Optimistic concurrency over HTTP: a change names the version it was made against (If-Match with
/// the ETag from a GET); a stale one is refused, so two editors never silently overwrite each other.
/// </summary>
public static class IfMatch
{
    /// <summary>
    /// The entity tags the client sent (RFC 9110 If-Match): 428 without any, and for "*", which would
    /// overwrite whatever is there; 400 when the header is not a list of entity tags.
    /// </summary>
    public static IReadOnlyList<string> RequiredTags(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            throw new ProblemException(
                StatusCodes.Status428PreconditionRequired,
                "If-Match is required.",
                "Send If-Match with the ETag of the record as you last read it (GET it to learn it), so a change made meanwhile is not overwritten" +
                (string.IsNullOrWhiteSpace(header) ? "." : "; If-Match: * is not accepted, as it would overwrite whatever is there."));
        }

        if (!EntityTagHeaderValue.TryParseStrictList([header], out var tags))
        {
            throw new ProblemException(
                StatusCodes.Status400BadRequest,
                "If-Match is not valid.",
                $"If-Match must be the ETag a GET returned, quotes included (such as \"3\"), not '{header}'.");
        }

        // If-Match compares strongly: a weak tag never matches.
        return [.. tags.Where(t => !t.IsWeak).Select(t => t.Tag.ToString())];
    }

    /// <summary>The record's version when one of the tags is its current ETag; else 412, with the current ETag.</summary>
    public static long Match(Entity record, IReadOnlyList<string> tags, string noun)
    {
        if (!tags.Contains(ETags.For(record.Version), StringComparer.Ordinal))
        {
            throw Stale(noun, record.Id, record.Version);
        }

        return record.Version;
    }

    public static ProblemException Stale(string noun, Guid id, long? currentVersion)
    {
        var problem = new ProblemException(
            StatusCodes.Status412PreconditionFailed,
            "The record has changed.",
            $"The {noun} {id} was changed after the version named in If-Match; GET it again, reapply the change and send it with the new ETag.");
        if (currentVersion is { } version)
        {
            problem.Extensions["currentETag"] = ETags.For(version);
            problem.Headers[HeaderNames.ETag] = ETags.For(version);
        }

        return problem;
    }
}
