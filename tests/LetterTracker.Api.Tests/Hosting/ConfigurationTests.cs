using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Hosting;

/// <summary>The real app, as a process: it reads the repository's appsettings.json, and environment variables override it.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private readonly DirectoryInfo workingDirectory = Directory.CreateTempSubdirectory("lettertracker-config-");

    [Fact]
    public void The_settings_file_beside_the_app_is_the_repositorys_own()
    {
        Assert.Equal(
            File.ReadAllBytes(RepositoryFiles.PathOf("appsettings.json")),
            File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "appsettings.json")));
    }

    [Fact]
    public async Task With_defaults_the_app_creates_its_SQLite_file_under_data_and_seeds_it()
    {
        await using var server = await ServerProcess.StartAsync(workingDirectory.FullName, new Dictionary<string, string>());
        using var client = server.CreateClient();

        Assert.Single(await client.GetAllAsync("/api/letters"));
        Assert.True(File.Exists(Path.Combine(workingDirectory.FullName, "data", "lettertracker.db")), server.Output);
    }

    [Fact]
    public async Task The_app_watches_no_files_so_its_database_writes_wake_nothing()
    {
        // Settings are read once at start. A watched settings file is a FileSystemWatcher on the whole
        // working directory, data/ included, woken by every page SQLite writes there.
        await using var server = await ServerProcess.StartAsync(workingDirectory.FullName, new Dictionary<string, string>());
        using var client = server.CreateClient();
        using var created = await client.PostJsonAsync("/api/organisations", new { name = "Watched nowhere", kind = "other" });
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);

        var watchers = Directory.GetFiles($"/proc/{server.Id}/fd")
            .Select(fd => new FileInfo(fd).LinkTarget).Where(target => target == "anon_inode:inotify").ToList();
        Assert.True(File.Exists(Path.Combine(workingDirectory.FullName, "data", "lettertracker.db")), server.Output);
        Assert.Empty(watchers);
    }

    [Fact]
    public async Task Environment_variables_override_the_settings_file()
    {
        var database = Path.Combine(workingDirectory.FullName, "elsewhere", "override.db");
        await using var server = await ServerProcess.StartAsync(workingDirectory.FullName, new Dictionary<string, string>
        {
            ["ConnectionStrings__LetterTracker"] = $"Data Source={database}",
            ["Database__SeedOnStartup"] = "false",
            ["Paging__MaxLimit"] = "10",
        });
        using var client = server.CreateClient();

        Assert.True(File.Exists(database), server.Output);
        Assert.False(Directory.Exists(Path.Combine(workingDirectory.FullName, "data")));
        Assert.Empty(await client.GetAllAsync("/api/letters", limit: 10));
        using var tooMany = await client.GetAsync("/api/letters?limit=11");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, tooMany.StatusCode);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        workingDirectory.Delete(recursive: true);
    }
}
