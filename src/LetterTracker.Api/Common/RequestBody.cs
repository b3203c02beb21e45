namespace LetterTracker.Api.Common;

/// <summary>The one way a body is taken off the wire, JSON (<see cref="Writes.JsonBody"/>) or CSV (<see cref="Csv.CsvRows"/>): its media type, then all of it.</summary>
public static class RequestBody
{
    /// <summary>
    /// The body whole (the body size limit bounds it), read from its start: a body buffered for an
    /// Idempotency-Key may have been read by that filter already, to hash it. A Content-Type that is
    /// not one of <paramref name="mediaTypes"/> (nor, when <paramref name="anyJson"/>, a +json type) is
    /// a 415 naming them, <paramref name="hint"/> after them.
    /// </summary>
    public static async Task<MemoryStream> ReadAsync(HttpContext http, IReadOnlyList<string> mediaTypes, bool anyJson = false, string? hint = null)
    {
        var request = http.Request;
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (!mediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase)
            && !(anyJson && mediaType?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) == true))
        {
            throw new ProblemException(
                StatusCodes.Status415UnsupportedMediaType,
                "Unsupported media type.",
                $"{request.Method} {request.Path} takes Content-Type: {string.Join(" or ", mediaTypes)}{hint}, not '{request.ContentType}'.");
        }

        if (request.Body.CanSeek)
        {
            request.Body.Position = 0;
        }

        var body = new MemoryStream();
        await request.Body.CopyToAsync(body, http.RequestAborted);
        return body;
    }
}
