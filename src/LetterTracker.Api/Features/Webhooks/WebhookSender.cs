using System.Net.Http.Headers;
using LetterTracker.Api.Features.Dispatches;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LetterTracker.Api.Features.Webhooks;

/// <summary>
/// Each instance's sender: scans for overdue dispatches, then sends what the outbox holds, oldest first,
/// until nothing is due; then waits for a write in this instance that added deliveries (or a redelivery)
/// or the poll interval. At least once: a
/// delivery is marked delivered only after the receiver's 2xx, so a crash in between sends it again.
/// In order per record: a delivery waits while an older one about the same record to the same
/// subscription is pending. Failures are retried with exponential back-off until MaxAttempts.
/// </summary>
public sealed class WebhookSender(
    IServiceScopeFactory scopes, IHttpClientFactory clients, WebhookSignal signal, IOptions<WebhookSettings> options, ILogger<WebhookSender> logger)
    : BackgroundService
{
    public const string HttpClientName = "webhooks";

    /// <summary>Deliveries are sent in real time whatever the app's clock says: receivers check webhook-timestamp against theirs.</summary>
    public static readonly TimeProvider RealTime = TimeProvider.System;

    private WebhookSettings Settings => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using (var scope = scopes.CreateAsyncScope())
                {
                    var services = scope.ServiceProvider;
                    await OverdueScanner.ScanAsync(
                        services.GetRequiredService<LetterTrackerDbContext>(), services.GetRequiredService<WebhookOutbox>(),
                        services.GetRequiredService<TimeProvider>().Today(), stoppingToken);
                }

                while (await SendNextAsync(stoppingToken))
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                // The database away, say: the outbox keeps everything, so try again after the interval.
                logger.LogWarning(failure, "Webhook sending paused: {Message}", failure.Message);
            }

            await signal.WaitAsync(Settings.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Claims and sends the oldest delivery that is due and first in its record's order; false when there is none.</summary>
    private async Task<bool> SendNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LetterTrackerDbContext>();
        var now = RealTime.GetUtcNow();
        var delivery = await db.WebhookDeliveries
            .Include(d => d.Subscription)
            .Where(d => d.Status == WebhookDeliveryStatus.Pending
                && (d.NextAttemptAt == null || d.NextAttemptAt <= now)
                && (d.ClaimedUntil == null || d.ClaimedUntil <= now)
                && !db.WebhookDeliveries.Any(e => e.SubscriptionId == d.SubscriptionId && e.RecordId == d.RecordId
                    && e.Status == WebhookDeliveryStatus.Pending
                    && (e.RecordVersion < d.RecordVersion || (e.RecordVersion == d.RecordVersion && e.Id.CompareTo(d.Id) < 0))))
            .OrderBy(d => d.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (delivery is null)
        {
            return false;
        }

        // Claimed by compare-and-set on the version: another instance that read it too fails here and moves on.
        delivery.ClaimedUntil = now + Settings.Timeout * 2;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return true;
        }

        var (status, error) = await PostAsync(delivery, cancellationToken);
        Record(delivery, status, error, RealTime.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Redelivered meanwhile: the redelivery's state stands.
        }

        return true;
    }

    private async Task<(int? Status, string? Error)> PostAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var timestamp = RealTime.GetUtcNow().ToUnixTimeSeconds();
        var id = delivery.Id.ToString();
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Subscription.Url)
        {
            Content = new StringContent(delivery.Payload, new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" }),
        };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSigning.Signature(delivery.Subscription.Secret, id, timestamp, delivery.Payload));
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Settings.Timeout);
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            return (status, response.IsSuccessStatusCode ? null
                : status is >= 300 and < 400 ? $"Answered {status} (a redirect, which is not followed)."
                : $"Answered {status}.");
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (null, failure is TaskCanceledException ? $"No answer within {Settings.Timeout.TotalSeconds:0.#} s." : failure.Message);
        }
    }

    private void Record(WebhookDelivery delivery, int? status, string? error, DateTimeOffset now)
    {
        delivery.Attempts++;
        delivery.LastAttemptAt = now;
        delivery.LastResponseStatus = status;
        delivery.LastError = error is null ? null : error[..Math.Min(error.Length, Limits.Description)];
        delivery.ClaimedUntil = null;
        if (error is null)
        {
            delivery.Status = WebhookDeliveryStatus.Delivered;
            delivery.DeliveredAt = now;
            delivery.NextAttemptAt = null;
        }
        else if (delivery.Attempts >= Settings.MaxAttempts)
        {
            delivery.Status = WebhookDeliveryStatus.Failed;
            delivery.NextAttemptAt = null;
            logger.LogWarning("Webhook delivery {Delivery} to {Url} failed {Attempts} times and is given up: {Error}",
                delivery.Id, WebhookAddresses.Origin(delivery.Subscription.Url), delivery.Attempts, error);
        }
        else
        {
            var wait = Settings.RetryDelay * Math.Pow(2, delivery.Attempts - 1);
            delivery.NextAttemptAt = now + (wait < Settings.MaxRetryDelay ? wait : Settings.MaxRetryDelay);
        }
    }
}
