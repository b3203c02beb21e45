namespace LetterTracker.Api.Common.Idempotency;

public static class IdempotencySetup
{
    public static void AddIdempotency(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IdempotencySettings>(configuration.GetSection(IdempotencySettings.Section));
        services.AddSingleton<IdempotencyKeysInFlight>();
    }

    /// <summary>
    /// Keeps the body of a POST sent with an Idempotency-Key readable after binding (which runs before any
    /// endpoint filter), so that <see cref="IdempotencyFilter"/> can hash it as sent.
    /// </summary>
    public static void UseIdempotencyKeys(this WebApplication app) => app.Use((http, next) =>
    {
        if (HttpMethods.IsPost(http.Request.Method) && http.Request.Headers.ContainsKey(IdempotencyFilter.KeyHeader))
        {
            http.Request.EnableBuffering();
        }

        return next(http);
    });
}
