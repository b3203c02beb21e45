using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace LetterTracker.Api.Hosting;

public static class SettingsFile
{
    /// <summary>
    /// Reads appsettings.json from beside the binaries, where the build copies the repository's one
    /// file, instead of from the working directory. `dotnet run` from anywhere and the published app
    /// then read the same settings, and environment variables and arguments still override them.
    /// </summary>
    public static void UseRepositorySettingsFile(this ConfigurationManager configuration)
    {
        var sources = configuration.Sources;
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is JsonConfigurationSource { Path: "appsettings.json" } json)
            {
                // Replacing the entry (not mutating it) makes the ConfigurationManager reload it.
                sources[i] = new JsonConfigurationSource
                {
                    Path = json.Path,
                    Optional = false,
                    ReloadOnChange = json.ReloadOnChange,
                    FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
                };
            }
        }
    }
}
