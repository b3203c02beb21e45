using Microsoft.Extensions.Primitives;

namespace LetterTracker.Api.Hosting;

/// <summary>
/// Start-up (issue 12): ASP.NET Core builds a minimal API endpoint (binding, filters and its request
/// delegate, compiled from expression trees) every time a data source's <c>Endpoints</c> is read, and
/// at start two readers each read them through a composite of their own: the authorization middleware's
/// policy cache when the pipeline is built, and the routing matcher on the first request. Each build of
/// this API's endpoints took about half a second of start-up. Wrapping each data source so the endpoints
/// are built once, on the first read, and shared by every reader (Swagger's too) halves that cost. The
/// endpoints are fixed once the app runs: their data sources never signal a change.
/// </summary>
public static class BuiltOnceEndpoints
{
    /// <summary>Call after every endpoint is mapped and before the app runs.</summary>
    public static void BuildEndpointsOnce(this IEndpointRouteBuilder app)
    {
        var sources = app.DataSources.Select(source => source as BuiltOnceEndpointDataSource ?? new BuiltOnceEndpointDataSource(source)).ToList();
        app.DataSources.Clear();
        foreach (var source in sources)
        {
            app.DataSources.Add(source);
        }
    }

    /// <summary>
    /// Builds the endpoints on a thread-pool thread, so that on a machine with a spare core the build
    /// runs while the database is prepared instead of after it, when the pipeline is built.
    /// </summary>
    public static Task BuildEndpointsInBackground(this IEndpointRouteBuilder app)
    {
        var sources = app.DataSources.ToList();
        return Task.Run(() =>
        {
            foreach (var source in sources)
            {
                _ = source.Endpoints;
            }
        });
    }

    private sealed class BuiltOnceEndpointDataSource(EndpointDataSource inner) : EndpointDataSource, IDisposable
    {
        private readonly Lazy<IReadOnlyList<Endpoint>> endpoints = new(() => inner.Endpoints);

        public override IReadOnlyList<Endpoint> Endpoints => endpoints.Value;

        public override IChangeToken GetChangeToken() => inner.GetChangeToken();

        public void Dispose() => (inner as IDisposable)?.Dispose();
    }
}
