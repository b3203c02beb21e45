using System.ComponentModel.DataAnnotations;
using LetterTracker.Api.Common.Writes;

namespace LetterTracker.Api.Hosting.OpenApi;

/// <summary>
/// An RFC 9457 problem, as every error of the API leaves (application/problem+json). Besides the
/// standard members it carries a traceId, and, on the answers that have them, the members below;
/// a member that does not apply is left out.
/// </summary>
/// <remarks>
/// Only the document uses this type: the API writes its problems through ASP.NET's ProblemDetails,
/// whose own schema would announce "instance" (never sent) and free-form extensions.
/// </remarks>
public sealed record Problem
{
    /// <summary>A URI naming the kind of problem (the RFC 9110 section of the status, unless the problem names its own).</summary>
    [Required, MaxLength(ProblemLimits.Uri)]
    public string Type { get; init; } = "";

    /// <summary>A short summary of the kind of problem.</summary>
    [Required, MaxLength(ProblemLimits.Title)]
    public string Title { get; init; } = "";

    /// <summary>The HTTP status code.</summary>
    [Required, Range(400, 599)]
    public int Status { get; init; }

    /// <summary>What went wrong with this request, and what to change.</summary>
    [MaxLength(Common.FrameworkProblems.MaxDetailLength)]
    public string? Detail { get; init; }

    /// <summary>The request's W3C trace id (32 lowercase hex digits; the caller's, when the request sent a traceparent header): the TraceId of every log line the request wrote. Quote it when reporting a failure.</summary>
    [Required, MinLength(ProblemLimits.TraceId), MaxLength(ProblemLimits.TraceId), RegularExpression(ProblemLimits.TraceIdPattern)]
    public string TraceId { get; init; } = "";

    /// <summary>400 (and a 409 for a name another record has): each field at fault (camelCase, with its path such as signatoryIds[2], or body/query for the whole) and what is wrong with it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Errors { get; init; }

    /// <summary>401 and 403: the least role that may do this (reader, editor or admin); null where no key is needed.</summary>
    [MaxLength(ProblemLimits.Word)]
    public string? RequiredRole { get; init; }

    /// <summary>412: the record's current ETag (also in the ETag header).</summary>
    [MaxLength(ProblemLimits.Word)]
    public string? CurrentETag { get; init; }

    /// <summary>409 on a dispatch event the lifecycle does not allow: the dispatch's status now.</summary>
    [MaxLength(ProblemLimits.Word)]
    public string? CurrentStatus { get; init; }

    /// <summary>409 on a dispatch event the lifecycle does not allow: the status the event would have set.</summary>
    [MaxLength(ProblemLimits.Word)]
    public string? RequestedStatus { get; init; }

    /// <summary>409 on a delete (or a change) that other records still depend on: those records.</summary>
    [MaxLength(ProblemLimits.References)]
    public IReadOnlyList<Reference>? References { get; init; }

    /// <summary>409 when another record already has this (a recipient's name among its siblings, a letter's dispatch to a recipient): that record's id.</summary>
    public Guid? ExistingId { get; init; }

    /// <summary>409 on a referral whose dispatch already exists: that dispatch's id (also as existingId).</summary>
    public Guid? ExistingDispatchId { get; init; }
}

/// <summary>Upper bounds of problem members, for the document: what the API writes stays well within them.</summary>
public static class ProblemLimits
{
    public const int Uri = 2048;
    public const int Title = 200;
    /// <summary>A W3C trace-id: 16 bytes as lowercase hex (never all zeros, which the pattern does not exclude).</summary>
    public const int TraceId = 32;
    public const string TraceIdPattern = "^[0-9a-f]{32}$";
    public const int Word = 64;
    public const int References = 1000;
}
