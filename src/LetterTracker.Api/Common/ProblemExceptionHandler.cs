using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace LetterTracker.Api.Common;

/// <summary>
/// The error path for exceptions outside endpoints (reading the body, binding) and for failures: a
/// request the API refuses becomes a 4xx problem with a detail that names the problem; anything
/// unavailable database (met by the API key lookup, say) is a 503 with Retry-After (see
/// <see cref="DatabaseUnavailable"/>); anything else is logged and answered as a bare 500 problem,
/// never a stack trace. Refusals inside endpoints are answered by <see cref="ProblemFilter"/>, with
/// their headers.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (DatabaseUnavailable.Is(exception))
        {
            exception = DatabaseUnavailable.Refusal(exception, http);
        }

        ProblemDetails problem = exception switch
        {
            ProblemException refused => refused.ToProblemDetails(),
            BadHttpRequestException { InnerException: JsonException json } => JsonProblems.From(json),
            BadHttpRequestException bad => BindingProblems.From(bad).ToProblemDetails(),
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred.",
                Detail = "The error has been logged; quote the traceId when reporting it.",
            },
        };

        // A 503 was logged, as a warning, where it was made.
        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", http.Request.Method, http.Request.Path);
        }

        http.Response.StatusCode = problem.Status!.Value;
        // Set after the middleware cleared the response; it strips only cache headers (ETag), not Retry-After.
        foreach (var (name, value) in (exception as ProblemException)?.Headers ?? new Dictionary<string, string>())
        {
            http.Response.Headers[name] = value;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = problem,
            Exception = exception,
        });
    }
}
