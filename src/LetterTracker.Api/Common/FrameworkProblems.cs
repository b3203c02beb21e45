namespace LetterTracker.Api.Common;

/// <summary>
/// Completes every problem the API writes, its own and the framework's (no route, wrong method, wrong
/// media type): a detail that tells the client what to change, and a type for each status.
/// </summary>
public static class FrameworkProblems
{
    /// <summary>
    /// The framework gives a problem the type of its status only for the statuses it knows (400, 404,
    /// 409, 412, ...); these are the others the API answers, each with the RFC section defining it.
    /// </summary>
    private static readonly Dictionary<int, string> Types = new()
    {
        [StatusCodes.Status413PayloadTooLarge] = "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        [StatusCodes.Status414UriTooLong] = "https://tools.ietf.org/html/rfc9110#section-15.5.15",
        [StatusCodes.Status428PreconditionRequired] = "https://tools.ietf.org/html/rfc6585#section-3",
        [StatusCodes.Status429TooManyRequests] = "https://tools.ietf.org/html/rfc6585#section-4",
    };

    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Type is null && problem.Status is { } status && Types.TryGetValue(status, out var type))
        {
            problem.Type = type;
        }

        if (problem.Detail is not null)
        {
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
