namespace LetterTracker.Api.Common;

/// <summary>
/// Gives the problems the framework writes by itself (no route, wrong method, wrong media type) a
/// detail that tells the client what to change, as every other error has.
/// </summary>
public static class FrameworkProblems
{
    public static void AddDetail(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Detail is not null)
        {
            return;
        }

        var request = context.HttpContext.Request;
        problem.Detail = problem.Status switch
        {
            StatusCodes.Status404NotFound => $"Nothing is served at {request.Path}; the API lives under /api and is described at /swagger.",
            StatusCodes.Status405MethodNotAllowed => $"{request.Path} does not accept {request.Method}; /swagger lists the methods it does accept.",
            StatusCodes.Status415UnsupportedMediaType => $"{request.Path} does not accept {request.Method} with the content type '{request.ContentType}': send application/json, or application/merge-patch+json for PATCH.",
            _ => null,
        };
    }
}
