using System.Net;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Hosting;

/// <summary>
/// Swagger UI's page loads the padlock plugin (what the padlocks then show is SwaggerUiBrowserTests'
/// part, in a browser).
/// </summary>
public sealed class SwaggerUiPageTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient client = app.App.CreateClient(apiKey: null);

    [Fact]
    public async Task The_padlock_plugin_is_served_beside_Swagger_UI_and_loaded_by_it()
    {
        using var script = await client.GetAsync("/swagger/padlocks.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("window.LetterTrackerPadlocks = function (system)", await script.Content.ReadAsStringAsync());

        Assert.Contains("<script src='padlocks.js'", await client.GetStringAsync("/swagger/index.html"));
        Assert.Contains("\"plugins\":[\"LetterTrackerPadlocks\"]", await client.GetStringAsync("/swagger/index.js"));
    }

    [Fact]
    public async Task Swagger_UI_still_serves_its_own_files()
    {
        using var bundle = await client.GetAsync("/swagger/swagger-ui-bundle.js");
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        using var missing = await client.GetAsync("/swagger/no-such-file.js");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
