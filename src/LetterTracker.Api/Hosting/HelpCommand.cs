namespace LetterTracker.Api.Hosting;

/// <summary>
/// `--help` or `-h` prints the usage to stdout and exits 0 instead of starting the server. Asked after
/// the other commands, a first argument that is neither a command they took nor a setting
/// (`--Section:Key=value`, `/Key value`, `Key=value`) is a mistyped command, such as `probe` without
/// its URL: the usage goes to stderr and the exit code is 2, rather than a server starting unasked.
/// </summary>
public static class HelpCommand
{
    public const string Usage = """
        LetterTracker API: protest letters, who signed them, who received them, who answered.

        Usage (from a checkout `dotnet run --project src/LetterTracker.Api -- ARGUMENTS`,
        when published `dotnet LetterTracker.Api.dll ARGUMENTS`):
          (no command) [--Section:Key=value ...]
              Run the server: the API under /api, Swagger UI at /swagger, health at
              /health/live and /health/ready. It migrates and seeds the database first,
              as the Database__ settings below say.
          migrate
              Apply the pending migrations and the seed (as Database__SeedOnStartup says) to
              the configured database, under its migration lock, and exit: 0 when it is up to
              date, 1 when migrating failed. Run it once before starting or rolling instances.
          create-key --role reader|editor|admin --name "who holds the key"
              Create an API key in the configured database, print its secret alone on stdout
              (shown this once; send it as X-Api-Key) and exit.
          probe URL
              Exit 0 when URL answers 2xx within five seconds, else 1 (the container's health check).
          --help, -h
              Print this text and exit.

        Settings: appsettings.json beside the binaries, overridden by environment variables
        (Section__Key) and by arguments (--Section:Key=value). The main ones:
          ASPNETCORE_URLS                   where to listen (default http://localhost:5000)
          ConnectionStrings__LetterTracker  SQLite: Data Source=FILE (default data/lettertracker.db,
                                            relative to the working directory); or an Npgsql
                                            connection string with Database__Provider=Postgres
          Database__Provider                Sqlite (default) or Postgres
          Database__MigrateOnStartup        apply pending migrations at start (default true)
          Database__SeedOnStartup           seed the two reports' records once (default true)
          Auth__BootstrapAdminKey           an admin key with exactly this secret exists
                                            (16 to 256 visible ASCII characters; never logged)
          Auth__AnonymousRead               false: reads need a key too (default true)
          RateLimiting__Enabled             limit requests per caller (default true)
          ASPNETCORE_ENVIRONMENT            Development: plain-text logs; any other (default
                                            Production): one JSON object per log line
          Logging__Console__FormatterName   json, simple or systemd, whatever the environment
        Every setting: README.md, section "Configuration".
        """;

    public static int? TryRun(string[] args)
    {
        if (args is ["--help" or "-h", ..])
        {
            Console.WriteLine(Usage);
            return 0;
        }

        if (args is [var first, ..] && !first.StartsWith('-') && !first.StartsWith('/') && !first.Contains('='))
        {
            Console.Error.WriteLine($"Unknown command, or wrong arguments: {string.Join(' ', args)}{Environment.NewLine}{Environment.NewLine}{Usage}");
            return 2;
        }

        return null;
    }
}
