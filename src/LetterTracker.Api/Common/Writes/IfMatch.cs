using Microsoft.Net.Http.Headers;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Common.Writes;

/// <summary>
/// Optimistic concurrency over HTTP: a change names the version it was made against (If-Match with
/// the ETag from a GET); a stale one is refused, so two editors never silently overwrite each other.
/// </summary>
public static class IfMatch
{
    /// <summary>The version the client read, or 428 when it sent none.</summary>
    public static long RequiredVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            throw new ProblemException(
                StatusCodes.Status428PreconditionRequired,
                "If-Match is required.",
                "Send If-Match with the ETag of the record as you last read it (GET it to learn it), so a change made meanwhile is not overwritten.");
        }

        if (!EntityTagHeaderValue.TryParseList([header], out var tags) || tags is not [{ IsWeak: false } tag]
            || !long.TryParse(tag.Tag.AsSpan().Trim('"'), out var version))
        {
            throw new ProblemException(
                StatusCodes.Status400BadRequest,
                "If-Match is not valid.",
                $"If-Match must be the one strong ETag a GET returned (such as \"3\"), not '{header}'.");
        }

        return version;
    }

    /// <summary>412, with the current ETag, when the record changed since the client read it.</summary>
    public static void EnsureCurrent(Entity record, long expectedVersion, string noun)
    {
        if (record.Version != expectedVersion)
        {
            throw Stale(noun, record.Id, record.Version);
        }
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
