using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace LetterTracker.Api.Common.RequestLimits;

/// <summary>
/// Refuses a request that sends too much before anything reads it: a query string too long (414) or
/// with too many parameters (400), a body larger than allowed (413). The body limit is enforced here,
/// not by Kestrel's MaxRequestBodySize, so that it holds on any server (the in-memory test server
/// has no such limit): a declared Content-Length at once, a chunked body as it is read.
/// </summary>
public sealed class RequestLimitsMiddleware(RequestDelegate next, IOptions<RequestLimitSettings> options)
{
    public Task InvokeAsync(HttpContext http)
    {
        var limits = options.Value;
        var request = http.Request;

        // The length first: the parameters are counted only in a query string already known to be short.
        var queryLength = request.QueryString.Value?.Length ?? 0;
        if (queryLength > limits.MaxQueryStringLength)
        {
            throw new ProblemException(
                StatusCodes.Status414UriTooLong,
                "The query string is too long.",
                $"The query string has {queryLength} characters; at most {limits.MaxQueryStringLength} are accepted. Shorten q or the filters.");
        }

        var parameters = request.Query.Sum(p => Math.Max(1, p.Value.Count));
        if (parameters > limits.MaxQueryParameters)
        {
            throw ProblemException.Invalid("query", $"{parameters} query parameters were sent; at most {limits.MaxQueryParameters} are accepted.");
        }

        if (request.ContentLength > limits.MaxRequestBodyBytes)
        {
            throw TooLarge(limits);
        }

        if (request.ContentLength is null && http.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != false)
        {
            request.Body = new LimitedBodyStream(request.Body, limits.MaxRequestBodyBytes, () => TooLarge(limits));
        }

        return next(http);
    }

    private static ProblemException TooLarge(RequestLimitSettings limits) => new(
        StatusCodes.Status413PayloadTooLarge,
        "The request body is too large.",
        $"A request body may have at most {limits.MaxRequestBodyBytes} bytes.");
}
