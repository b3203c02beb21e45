using Microsoft.Extensions.FileProviders;
using Swashbuckle.AspNetCore.SwaggerUI;

namespace LetterTracker.Api.Hosting;

/// <summary>Swagger UI at /swagger, with the padlock plugin (SwaggerUiPadlocks.js) served beside it.</summary>
public static class SwaggerUiSetup
{
    private const string ResourceNamespace = "LetterTracker.Api.SwaggerUi";
    private const string PadlocksScript = "padlocks.js";
    private const string PadlocksPlugin = "LetterTrackerPadlocks";

    public static void UseSwaggerUiPage(this WebApplication app)
    {
        // The script is embedded in the assembly (see the csproj), so it is served whatever the
        // content root; files Swagger UI itself serves under /swagger are not found here and pass on.
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/swagger",
            FileProvider = new EmbeddedFileProvider(typeof(SwaggerUiSetup).Assembly, ResourceNamespace),
        });
        app.UseSwaggerUI(Configure);
    }

    private static void Configure(SwaggerUIOptions options)
    {
        options.DocumentTitle = "LetterTracker API";
        options.InjectJavascript(PadlocksScript);
        options.ConfigObject.Plugins = [PadlocksPlugin];
    }
}
