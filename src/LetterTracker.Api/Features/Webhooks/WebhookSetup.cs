using Microsoft.Extensions.Options;

namespace LetterTracker.Api.Features.Webhooks;

public static class WebhookSetup
{
    /// <summary>The sender, when Webhooks:Enabled, and its HTTP client: no redirects, no proxy, and addresses checked at every connection.</summary>
    public static void AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WebhookSettings>(configuration.GetSection(WebhookSettings.Section));
        services.AddHttpClient(WebhookSender.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(provider =>
            {
                var allowPrivate = provider.GetRequiredService<IOptions<WebhookSettings>>().Value.AllowPrivateAddresses;
                return new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    UseProxy = false,
                    UseCookies = false,
                    ConnectCallback = (context, cancellationToken) => WebhookAddresses.ConnectAsync(context.DnsEndPoint, allowPrivate, cancellationToken),
                };
            });
        if (configuration.GetSection(WebhookSettings.Section).GetValue(nameof(WebhookSettings.Enabled), defaultValue: true))
        {
            services.AddHostedService<WebhookSender>();
        }
    }
}
