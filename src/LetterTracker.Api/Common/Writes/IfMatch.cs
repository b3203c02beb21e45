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
        var current = ETags.For(record.Version);
        if (tags.Contains(current, StringComparer.Ordinal))
        {
            return record.Version;
        }

        // "Changed" only when the client read an earlier version: a tag this record never had (a typo,
        // another record's, a weak one) says nothing about changes.
        var earlier = tags.Select(VersionOf).Where(v => v >= 1 && v < record.Version).DefaultIfEmpty().Max();
        if (earlier is { } read)
        {
            throw Stale(noun, record.Id, record.Version, read);
        }

        var detail = tags.Count == 0
            ? $"If-Match has only weak tags (W/\"...\"), and a weak tag never matches: the {noun} {record.Id} is there, and its ETag is {current}, to send as a GET returns it."
            : $"If-Match names {string.Join(", ", tags)}, which is no version the {noun} {record.Id} has had: its ETag is {current}. Send the ETag a GET of the record returns.";
        throw WithCurrentETag(new ProblemException(StatusCodes.Status412PreconditionFailed, "If-Match does not match the record.", detail), record.Version);
    }

    /// <summary>412: the record changed after the client read it (at <paramref name="read"/>, when known); with the current ETag.</summary>
    public static ProblemException Stale(string noun, Guid id, long? currentVersion, long? read = null)
    {
        var since = read is null ? "after it was read" : $"since version {read}, which If-Match names";
        var now = currentVersion is { } version ? $"; it is now at version {version} (ETag {ETags.For(version)})" : "";
        var problem = new ProblemException(
            StatusCodes.Status412PreconditionFailed,
            "The record has changed.",
            $"The {noun} {id} was changed {since}{now}. GET it again, reapply the change and send it with the new ETag.");
        return currentVersion is { } current ? WithCurrentETag(problem, current) : problem;
    }

    private static ProblemException WithCurrentETag(ProblemException problem, long version)
    {
        problem.Extensions["currentETag"] = ETags.For(version);
        problem.Headers[HeaderNames.ETag] = ETags.For(version);
        return problem;
    }

    /// <summary>The version an ETag of ours names ("3" → 3); null for any other tag ("03", "abc").</summary>
    private static long? VersionOf(string tag) =>
        long.TryParse(tag.Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version)
            && ETags.For(version) == tag
            ? version
            : null;
}
