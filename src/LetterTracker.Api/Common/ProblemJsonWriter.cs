using System.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace LetterTracker.Api.Common;

/// <summary>
/// Writes a problem as application/problem+json whatever the request's Accept header says. The
/// framework's writer declines when Accept names neither JSON nor */* (a CSV export asked for with
/// Accept: text/csv); its fallback then writes the problem without the last touches
/// (<see cref="ProblemDetailsOptions.CustomizeProblemDetails"/>) and without a traceId. Registered after
/// the framework's, this one writes only what that one declines, the same way: errors are always
/// problems, and a client that asked for CSV still reads why it got none.
/// </summary>
public sealed class ProblemJsonWriter(IOptions<ProblemDetailsOptions> options, IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    public const string MediaType = "application/problem+json";

    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        // As the framework's writer does.
        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? http.TraceIdentifier);
        options.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, problem.GetType(), json.Value.SerializerOptions, MediaType));
    }
}
