using LetterTracker.Api.Hosting;
using LetterTracker.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LetterTracker.Api.Tests.Hosting;

/// <summary>Work the app leaves out of its start (issue 12), without changing what it serves.</summary>
public sealed class StartupWorkTests
{
    [Fact]
    public async Task Every_reader_of_the_endpoints_gets_the_same_endpoints_built_once()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = app.CreateClient();
        using var _ = await client.GetAsync("/health/live");

        var root = Assert.IsType<CompositeEndpointDataSource>(app.Services.GetRequiredService<EndpointDataSource>());
        Assert.NotEmpty(root.Endpoints);
        foreach (var source in root.DataSources)
        {
            // ASP.NET Core's own route data sources build new endpoints (and compile new request
            // delegates) on every read.
            Assert.Equal(source.Endpoints, source.Endpoints, ReferenceEqualityComparer.Instance);
        }
    }

    [Fact]
    public void Data_protection_does_not_load_its_key_ring_at_start()
    {
        // The name the app removes is the hosted service ASP.NET Core registers.
        Assert.NotNull(typeof(IDataProtectionProvider).Assembly.GetType(AccessSetup.DataProtectionKeyRingLoader)
            ?? typeof(DataProtectionServiceCollectionExtensions).Assembly.GetType(AccessSetup.DataProtectionKeyRingLoader));

        using var app = new LetterTrackerApp(seed: false);
        Assert.DoesNotContain(app.Services.GetServices<IHostedService>(),
            service => service.GetType().FullName == AccessSetup.DataProtectionKeyRingLoader);
    }
}
