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
    /// <summary>
    /// The arguments for WebApplication.CreateBuilder, with settings files read once, at start, not
    /// watched (an argument given after this one, --hostBuilder:reloadConfigOnChange=true, turns that
    /// back). Watching a settings file means a FileSystemWatcher on its folder's whole tree, and the
    /// database usually lives inside the working directory's (data/, /app/data in the image): every page
    /// SQLite wrote woke the watcher. A letter create cost 29.3 and 27.0 ms of CPU with the database inside
    /// the watched tree, 20.1 and 17.6 ms outside it (interleaved, 100k letters, load 1 to 2). A changed
    /// setting takes effect at the next start.
    /// </summary>
    public static string[] ReadOnce(string[] args) => ["--hostBuilder:reloadConfigOnChange=false", .. args];

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
