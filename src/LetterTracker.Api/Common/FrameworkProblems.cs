namespace LetterTracker.Api.Common;

/// <summary>
/// Last touches on every problem written: the request's W3C trace id as traceId (<see cref="TraceIds"/>,
/// the TraceId of its log lines, where ASP.NET Core would write its Activity's whole id), a type
/// (<see cref="ProblemTypes"/>), a detail within the length the document promises, and, for the
/// problems the framework writes by itself (no route, wrong method, wrong media type), a detail that
/// tells the client what to change, as every other error has.
/// </summary>
public static class FrameworkProblems
{
    /// <summary>The longest detail a problem carries (a validation detail lists every error; a body may make many).</summary>
    public const int MaxDetailLength = 64 * 1024;

    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Extensions["traceId"] = TraceIds.Current();
        problem.Type ??= ProblemTypes.For(problem.Status ?? context.HttpContext.Response.StatusCode);
        if (problem.Detail is not null)
        {
            problem.Detail = TextCut.AtMost(problem.Detail, MaxDetailLength);
            return;
        }

        var request = context.HttpContext.Request;
        problem.Detail = problem.Status switch
        {
            StatusCodes.Status404NotFound => $"Nothing is served at {request.Path}; the API lives under /api and is described at /swagger.",
            StatusCodes.Status405MethodNotAllowed => $"{request.Path} does not accept {request.Method}; /swagger lists the methods it does accept.",
            StatusCodes.Status415UnsupportedMediaType => $"{request.Method} {request.Path} does not take the content type '{request.ContentType}': send " +
                (HttpMethods.IsPatch(request.Method) ? $"{Writes.MergePatch.MediaType} or {Writes.JsonBody.MediaType}." : $"{Writes.JsonBody.MediaType}."),
            _ => null,
        };
    }
}
