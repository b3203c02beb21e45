using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace LetterTracker.Api.Common;

/// <summary>
/// The error path for exceptions outside endpoints (reading the body, binding) and for failures: a
/// request the API refuses becomes a 4xx problem with a detail that names the problem; anything
/// else is logged and answered as a bare 500 problem, never a stack trace. Refusals inside
/// endpoints are answered by <see cref="ProblemFilter"/>, with their headers.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
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

        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", http.Request.Method, http.Request.Path);
        }

        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = problem,
            Exception = exception,
        });
    }
}
