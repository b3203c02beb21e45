using Microsoft.Net.Http.Headers;

namespace LetterTracker.Api.Common;

/// <summary>
/// Answers a <see cref="ProblemException"/> thrown inside an endpoint as its problem, with its
/// headers. (The exception-handler middleware, which answers those thrown earlier, such as while
/// reading the body, strips cache headers, ETag among them, so it cannot carry a 412's current ETag.)
/// A database that is unavailable (<see cref="DatabaseUnavailable"/>) is answered here too, as its 503.
/// </summary>
public static class ProblemFilter
{
    public static TBuilder AnswerRefusalsAsProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (Exception failure) when (failure is ProblemException || DatabaseUnavailable.Is(failure))
            {
                var refused = failure as ProblemException ?? DatabaseUnavailable.Refusal(failure, context.HttpContext);
                // A problem is not the record: an ETag set while reading it (to compare a body with it)
                // does not go with the refusal. Only the problem's own headers do.
                context.HttpContext.Response.Headers.Remove(HeaderNames.ETag);
                context.HttpContext.Response.Headers.Remove(HeaderNames.Location);
                foreach (var (name, value) in refused.Headers)
                {
                    context.HttpContext.Response.Headers[name] = value;
                }

                return TypedResults.Problem(refused.ToProblemDetails());
            }
        });
}
