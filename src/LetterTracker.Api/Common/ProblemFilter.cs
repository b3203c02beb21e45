namespace LetterTracker.Api.Common;

/// <summary>
/// Answers a <see cref="ProblemException"/> thrown inside an endpoint as its problem, with its
/// headers. (The exception-handler middleware, which answers those thrown earlier, such as while
/// reading the body, strips cache headers, ETag among them, so it cannot carry a 412's current ETag.)
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
            catch (ProblemException refused)
            {
                foreach (var (name, value) in refused.Headers)
                {
                    context.HttpContext.Response.Headers[name] = value;
                }

                return TypedResults.Problem(refused.ToProblemDetails());
            }
        });
}
