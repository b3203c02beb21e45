using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace LetterTracker.Api.Hosting;

public static class SettingsFile
{
    /// <summary>
    /// The app's builder, as the server and its commands (migrate, create-key) all make it: settings from
    /// the repository's appsettings.json beside the binaries, then the environment, then the arguments.
    /// </summary>
    /// <remarks>
    /// Settings files are read once, at start, not watched (an argument given after ours,
    /// --hostBuilder:reloadConfigOnChange=true, turns that back). A watched settings file is a
    /// FileSystemWatcher on its folder's whole tree: the optional appsettings.{Environment}.json is looked
    /// for in the working directory, and the SQLite database usually lives in that tree (data/; /app/data
    /// in the image), so every page SQLite wrote woke the watcher. Letter create, interleaved A/B at 100k
    /// letters with the database there: 28.9 and 27.1 ms of CPU watched, 19.1 and 20.1 ms not (load 2.2 to
    /// 2.6). A changed setting takes effect at the next start.
    /// </remarks>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
        builder.Configuration.UseRepositorySettingsFile();
        return builder;
    }

    /// <summary>
    /// Reads appsettings.json from beside the binaries, where the build copies the repository's one
    /// file, instead of from the working directory. `dotnet run` from anywhere and the published app
    /// then read the same settings, and environment variables and arguments still override them.
    /// </summary>
    private static void UseRepositorySettingsFile(this ConfigurationManager configuration)
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
