using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using StandardWebhooks;

namespace LetterTracker.Api.Tests.Features.Webhooks;

/// <summary>
/// A real HTTP receiver: Kestrel on 127.0.0.1 (a free port), stopped when disposed. It records every
/// request, verifies its signature with the StandardWebhooks library (an implementation other than the
/// app's) and answers what <see cref="Answer"/> says for the nth attempt of a webhook-id.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, int> attempts = new();

    private WebhookReceiver(WebApplication app) => this.app = app;

    /// <summary>The status for the nth (1-based) attempt of a webhook-id: 200 unless set.</summary>
    public Func<int, int> Answer { get; set; } = _ => 200;

    /// <summary>The signing secret, once the subscription gives it; requests are verified against it.</summary>
    public string? Secret { get; set; }

    public ConcurrentQueue<Received> Requests { get; } = new();

    public string Url => $"{app.Urls.Single()}/hook";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", (Delegate)receiver.ReceiveAsync);
        app.MapPost("/elsewhere", (HttpContext http) => { receiver.Requests.Enqueue(new Received("/elsewhere", "", "", null, false)); return Results.Ok(); });
        await app.StartAsync();
        return receiver;
    }

    private async Task<IResult> ReceiveAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        var id = http.Request.Headers["webhook-id"].ToString();
        var verified = false;
        if (Secret is not null)
        {
            try
            {
                new StandardWebhook(Secret).Verify(body, http.Request.Headers);
                verified = true;
            }
            catch (Exception)
            {
                verified = false;
            }
        }

        Requests.Enqueue(new Received("/hook", id, http.Request.Headers["webhook-timestamp"].ToString(), JsonNode.Parse(body)!.AsObject(), verified));
        var status = Answer(attempts.AddOrUpdate(id, 1, (_, n) => n + 1));
        return status is >= 300 and < 400 ? Results.Redirect("/elsewhere") : Results.StatusCode(status);
    }

    /// <summary>Waits, however long a loaded machine needs (up to two minutes), until the requests received satisfy the condition.</summary>
    public async Task<List<Received>> WaitForAsync(Func<List<Received>, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var received = Requests.ToList();
            if (condition(received))
            {
                return received;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The receiver got {received.Count} requests, not what was awaited: {string.Join(", ", received.Select(r => r.Type))}");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>One request: its path, webhook-id, webhook-timestamp, body, and whether its signature verified.</summary>
    public sealed record Received(string Path, string Id, string Timestamp, JsonObject? Body, bool Verified)
    {
        public string? Type => Body?["type"]?.GetValue<string>();

        public string? RecordId => Body?["data"]?["id"]?.GetValue<string>();
    }
}
