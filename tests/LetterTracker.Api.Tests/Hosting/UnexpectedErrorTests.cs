using System.Net;
using LetterTracker.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LetterTracker.Api.Tests.Hosting;

public sealed class UnexpectedErrorTests
{
    private sealed class BrokenClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException("secret internal detail: the clock broke");
    }

    [Fact]
    public async Task An_unexpected_failure_is_a_bare_500_problem_with_a_traceId_and_no_internals()
    {
        // No bootstrap key: writing it at startup would already meet the broken clock (the read needs no key).
        using var app = new LetterTrackerApp(seed: false, new Dictionary<string, string?> { ["Auth:BootstrapAdminKey"] = null });
        using var broken = app.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(new BrokenClock());
        }));
        using var client = broken.CreateClient();

        using var response = await client.GetAsync("/api/dispatches"); // computes "overdue" from the clock
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret internal detail", body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.Contains("traceId", problem.Str("detail"));
    }
}
