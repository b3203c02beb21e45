namespace LetterTracker.Api.Common;

/// <summary>
/// The type URI of a problem by status: the section of the RFC that defines the status. ASP.NET knows
/// most of them; this table adds the ones it leaves without a type (413, 414, 428, 429), so every
/// problem names its kind (about:blank for a status without a section here), and the document's examples show the same URIs.
/// </summary>
public static class ProblemTypes
{
    private const string Rfc9110 = "https://tools.ietf.org/html/rfc9110#section-";
    private const string Rfc6585 = "https://tools.ietf.org/html/rfc6585#section-";

    public static string For(int status) => status switch
    {
        400 => Rfc9110 + "15.5.1",
        401 => Rfc9110 + "15.5.2",
        403 => Rfc9110 + "15.5.4",
        404 => Rfc9110 + "15.5.5",
        405 => Rfc9110 + "15.5.6",
        406 => Rfc9110 + "15.5.7",
        409 => Rfc9110 + "15.5.10",
        412 => Rfc9110 + "15.5.13",
        413 => Rfc9110 + "15.5.14",
        414 => Rfc9110 + "15.5.15",
        415 => Rfc9110 + "15.5.16",
        422 => "https://tools.ietf.org/html/rfc4918#section-11.2",
        428 => Rfc6585 + "3",
        429 => Rfc6585 + "4",
        500 => Rfc9110 + "15.6.1",
        503 => Rfc9110 + "15.6.4",
        _ => "about:blank", // RFC 9457: no more than the status says

    };
}
