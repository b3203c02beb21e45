using Microsoft.AspNetCore.Mvc;

namespace LetterTracker.Api.Common;

/// <summary>
/// A request the API refuses, with the problem to answer. Thrown from anywhere in a request and
/// written by <see cref="ProblemExceptionHandler"/>, so every refusal leaves the same way.
/// </summary>
public sealed class ProblemException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;
    public string Title { get; } = title;

    /// <summary>Validation errors keyed by camelCase field, for a 400.</summary>
    public IDictionary<string, string[]>? Errors { get; init; }

    /// <summary>Extra members of the problem body.</summary>
    public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>();

    /// <summary>Response headers that go with the problem (the current ETag with a 412).</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>();

    public ProblemDetails ToProblemDetails()
    {
        ProblemDetails problem = Errors is null
            ? new ProblemDetails()
            : new ValidationProblemDetails(Errors);
        problem.Status = Status;
        problem.Title = Title;
        problem.Detail = Detail;
        foreach (var (key, value) in Extensions)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }

    public string Detail => Message;

    public static ProblemException Invalid(IDictionary<string, string[]> errors) => new(
        StatusCodes.Status400BadRequest,
        "The request is not valid.",
        "Fix the fields listed in errors: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")))
    {
        Errors = errors,
    };

    public static ProblemException Invalid(string field, string error) =>
        Invalid(new Dictionary<string, string[]> { [field] = [error] });

    public static ProblemException NotFound(string noun, Guid id) => new(
        StatusCodes.Status404NotFound, "Not found.", $"There is no {noun} with id {id}.");

    public static ProblemException Conflict(string detail) => new(
        StatusCodes.Status409Conflict, "The request conflicts with the current state.", detail);
}
