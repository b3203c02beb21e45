namespace LetterTracker.Api.Common.RequestLimits;

/// <summary>The "Limits" configuration section: the size of what a request may send.</summary>
public sealed class RequestLimitSettings
{
    public const string Section = "Limits";

    /// <summary>
    /// The largest request body, in bytes. The largest body the validators accept is a source whose
    /// fullText is at its 1,000,000-character maximum: 3 MB in plain UTF-8, but 6 MB as most JSON
    /// serializers write non-ASCII text by default (each character \u-escaped, six bytes), about
    /// 6.02 MB with the other fields at theirs. 8 MiB fits it with room to spare, and is still a
    /// quarter of Kestrel's 30 MB default.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>
    /// The longest query string, in characters as sent (percent-encoded, with the '?'). The longest
    /// useful one is a 200-character q of three-byte characters (1,800 encoded), a cursor (512) and a
    /// few filters.
    /// </summary>
    public int MaxQueryStringLength { get; set; } = 4096;

    /// <summary>The most query parameters (each repeat counts) a request may carry.</summary>
    public int MaxQueryParameters { get; set; } = 30;
}
