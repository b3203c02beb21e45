using System.Net;
using LetterTracker.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace LetterTracker.Api.Tests.Hosting;

/// <summary>
/// The rate limiter, turned on with small numbers: each caller has its own window; health is never
/// limited. Tests that count permits use an hour's window, so no window ends between their requests
/// however slow the machine; the one about refilling waits for the refill rather than for a time.
/// </summary>
public sealed class RateLimitTests
{
    private const int Hour = 3600;

    private static LetterTrackerApp AppWith(int permits, int windowSeconds, bool enabled = true) => new(seed: false, new Dictionary<string, string?>
    {
        ["RateLimiting:Enabled"] = enabled ? "true" : "false",
        ["RateLimiting:PermitLimit"] = permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimiting:WindowSeconds"] = windowSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    [Fact]
    public async Task A_caller_over_its_limit_gets_a_429_problem_with_Retry_After()
    {
        using var app = AppWith(permits: 3, windowSeconds: Hour);
        using var client = app.CreateClient(apiKey: null);

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync("/api/letters");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.GetAsync("/api/letters");
        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal("3600", Assert.Single(refused.Headers.GetValues("Retry-After")));
        Assert.Equal("This client address may send 3 requests every 3600 seconds; try again in 3600 seconds.", problem.Str("detail"));

        // Writes (refused before the key they lack is asked for), and requests for paths that do not exist, use the same permits.
        using var write = await client.PostJsonAsync("/api/organisations", new { name = "Refused", kind = "other" });
        await ProblemAssert.IsProblemAsync(write, HttpStatusCode.TooManyRequests);
        Assert.Equal(0, await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Organisations)));
        using var unknown = await client.GetAsync("/api/nothing-here");
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Each_API_key_has_its_own_window_apart_from_anonymous_callers()
    {
        using var app = AppWith(permits: 3, windowSeconds: Hour);
        var first = await app.CreateApiKeyAsync(LetterTracker.Data.Model.ApiKeyRole.Reader, "First");
        var second = await app.CreateApiKeyAsync(LetterTracker.Data.Model.ApiKeyRole.Editor, "Second");
        using var firstClient = app.CreateClient(first.Secret);
        using var secondClient = app.CreateClient(second.Secret);
        using var anonymous = app.CreateClient(apiKey: null);

        async Task<List<int>> StatusesAsync(HttpClient client, int count)
        {
            var statuses = new List<int>();
            for (var i = 0; i < count; i++)
            {
                using var response = await client.GetAsync("/api/letters");
                statuses.Add((int)response.StatusCode);
            }

            return statuses;
        }

        Assert.Equal([200, 200, 200, 429], await StatusesAsync(firstClient, 4));
        Assert.Equal([200, 200, 200, 429], await StatusesAsync(secondClient, 4));
        Assert.Equal([200, 200, 200, 429], await StatusesAsync(anonymous, 4));

        using var refused = await firstClient.GetAsync("/api/letters");
        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal("This API key may send 3 requests every 3600 seconds; try again in 3600 seconds.", problem.Str("detail"));
    }

    [Fact]
    public async Task Guessing_keys_uses_up_the_addresss_permits()
    {
        using var app = AppWith(permits: 3, windowSeconds: Hour);
        for (var i = 0; i < 3; i++)
        {
            using var guess = app.CreateClient(apiKey: $"lt_guess-{i}");
            using var unauthorized = await guess.GetAsync("/api/letters");
            Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        }

        // A failed key is no key: the guesses counted against the client's address, as anonymous calls do.
        using var anotherGuess = app.CreateClient(apiKey: "lt_guess-3");
        await ProblemAssert.IsProblemAsync(await anotherGuess.GetAsync("/api/letters"), HttpStatusCode.TooManyRequests);
        using var anonymous = app.CreateClient(apiKey: null);
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync("/api/letters"), HttpStatusCode.TooManyRequests);
        // A real key still has its own permits.
        using var admin = app.CreateClient();
        using var allowed = await admin.GetAsync("/api/letters");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task Health_endpoints_are_never_limited()
    {
        using var app = AppWith(permits: 1, windowSeconds: Hour);
        using var client = app.CreateClient();
        using (var first = await client.GetAsync("/api/letters"))
        using (var second = await client.GetAsync("/api/letters"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        }

        for (var i = 0; i < 5; i++)
        {
            using var live = await client.GetAsync("/health/live");
            using var ready = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }
    }

    [Fact]
    public async Task Anonymous_callers_are_counted_per_client_address()
    {
        using var app = AppWith(permits: 2, windowSeconds: Hour);
        _ = app.Server; // starts the host

        async Task<int> GetFrom(string address)
        {
            var context = await app.Server.SendAsync(http =>
            {
                http.Request.Method = HttpMethods.Get;
                http.Request.Path = "/api/letters";
                http.Connection.RemoteIpAddress = IPAddress.Parse(address);
            });
            return context.Response.StatusCode;
        }

        var first = new List<int> { await GetFrom("192.0.2.1"), await GetFrom("192.0.2.1"), await GetFrom("192.0.2.1") };
        // Another address has its own window; the same IPv4 client seen on a dual-stack socket does not.
        var second = new List<int> { await GetFrom("192.0.2.2"), await GetFrom("192.0.2.2"), await GetFrom("::ffff:192.0.2.2") };
        Assert.Equal([200, 200, 429], first);
        Assert.Equal([200, 200, 429], second);
    }

    [Fact]
    public async Task The_window_refills()
    {
        using var app = AppWith(permits: 1, windowSeconds: 1);
        using var client = app.CreateClient();

        // Until a request is refused: one that the window refilled before may pass (the machine may pause
        // for a second between two requests); a limiter that never refuses fails at the deadline.
        var deadline = DateTime.UtcNow.AddMinutes(3);
        HttpResponseMessage refused;
        while ((refused = await client.GetAsync("/api/letters")).StatusCode != HttpStatusCode.TooManyRequests)
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            refused.Dispose();
            Assert.True(DateTime.UtcNow < deadline, "No request was refused with 1 permit per second.");
        }

        using (refused)
        {
            await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests);
            Assert.Equal("1", Assert.Single(refused.Headers.GetValues("Retry-After")));
        }

        // Then, once the window has refilled (after Retry-After, however long the machine takes), a request passes.
        deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            using var later = await client.GetAsync("/api/letters");
            if (later.StatusCode == HttpStatusCode.OK)
            {
                break;
            }

            Assert.Equal(HttpStatusCode.TooManyRequests, later.StatusCode);
            Assert.True(DateTime.UtcNow < deadline, "The window never refilled.");
        }
    }

    [Fact]
    public async Task Turned_off_it_refuses_nothing()
    {
        using var app = AppWith(permits: 1, windowSeconds: Hour, enabled: false);
        using var client = app.CreateClient();
        for (var i = 0; i < 20; i++)
        {
            using var response = await client.GetAsync("/api/letters");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("0", "60")]
    [InlineData("10", "0")]
    public async Task A_limit_below_one_stops_the_app_at_startup(string permits, string window)
    {
        using var app = new LetterTrackerApp(seed: false, new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:PermitLimit"] = permits,
            ["RateLimiting:WindowSeconds"] = window,
        });
        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("RateLimiting:PermitLimit and RateLimiting:WindowSeconds must be at least 1.", failure.ToString());
    }

    [Fact]
    public async Task Swagger_documents_the_429_on_every_operation_and_the_413_on_every_body()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        var document = await client.GetObjectAsync("/swagger/v1/swagger.json");
        var operations = document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(op => (Name: $"{op.Key} {path.Key}", Operation: op.Value!))).ToList();
        Assert.NotEmpty(operations);
        foreach (var (name, operation) in operations)
        {
            var responses = operation["responses"]!.AsObject();
            Assert.True(responses["429"]?["content"]?.AsObject().ContainsKey("application/problem+json"), $"{name} documents no 429 problem");
            Assert.NotNull(responses["429"]!["headers"]?["Retry-After"]);
            Assert.Equal(operation["requestBody"] is not null, responses["413"]?["content"]?.AsObject().ContainsKey("application/problem+json") == true);
        }
    }
}
