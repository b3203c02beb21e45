using Microsoft.AspNetCore.Http.HttpResults;

namespace LetterTracker.Api.Common;

/// <summary>Problem responses handlers return; the framework adds type, instance and traceId.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string resource, Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Not found.",
        detail: $"There is no {resource} with id {id}.");
}
