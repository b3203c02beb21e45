using LetterTracker.Api.Common.Access;
using LetterTracker.Api.Features.ApiKeys;
using LetterTracker.Api.Features.Audit;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.Extensions.Logging.Console;

namespace LetterTracker.Api.Hosting;

/// <summary>
/// `create-key --role admin --name "Ops laptop"`: migrates the configured database, creates a key and
/// prints its secret, alone, to stdout (everything else goes to stderr, so `KEY=$(... create-key ...)`
/// captures just the secret), then exits: 0 when created, 2 for a usage error. The way to the first
/// admin key without putting a secret in configuration, and back in if every admin key was lost. The key
/// is in the audit trail, made by "create-key command" (no API key made it), without its secret.
/// </summary>
public static class CreateKeyCommand
{
    private const string Usage = "Usage: create-key --role reader|editor|admin --name \"who holds the key\"";

    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (args is not ["create-key", .. var options])
        {
            return null;
        }

        if (Parse(options) is not { } request)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var validation = new ApiKeyRequestValidator().Validate(request);
        if (!validation.IsValid)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, validation.Errors.Select(e => e.ErrorMessage).Append(Usage)));
            return 2;
        }

        // Configuration as the server reads it (the settings file, then the environment); the command's
        // own options are not configuration.
        var builder = SettingsFile.CreateBuilder([]);
        builder.AddConsoleLogs();
        // Every log line to stderr, whatever its format: stdout carries the secret alone.
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.AddDatabase();
        // The audit entry is JSON as the API writes it (roles as names, not numbers).
        builder.Services.AddApiJson();
        await using var app = builder.Build();
        await DatabaseSetup.MigrateAsync(app.Services, migrate: true, seed: false);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LetterTrackerDbContext>();

        var secret = ApiKeySecrets.Generate();
        var key = KeyIssuing.NewKey(request.Name, request.Role!.Value, secret);
        db.ApiKeys.Add(key);
        // Recorded as a key created through the API is (never the secret), in the same transaction; no
        // API key made it, so the entry names the command instead.
        AuditTrail.RecordAs(db, scope.ServiceProvider, AuditTrail.CreateKeyCommand, ApiKeyAudit.Resource, key.Id, AuditAction.Create, before: null, ApiKeyAudit.Of(key));
        await db.SaveChangesAsync();
        await Console.Error.WriteLineAsync(
            $"Created the {AccessPolicies.NameOf(key.Role)} key '{key.Name}' ({key.Id}). Its secret follows; it is shown this once, send it as X-Api-Key:");
        Console.WriteLine(secret);
        return 0;
    }

    /// <summary>--role and --name, each once, in any order; null when anything else is given.</summary>
    private static ApiKeyRequest? Parse(string[] options)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i < options.Length; i += 2)
        {
            if (options[i] is not ("--role" or "--name") || i + 1 >= options.Length || !values.TryAdd(options[i], options[i + 1]))
            {
                return null;
            }
        }

        if (!values.TryGetValue("--name", out var name) || !values.TryGetValue("--role", out var roleName))
        {
            return null;
        }

        var role = Enum.GetValues<ApiKeyRole>().Where(r => AccessPolicies.NameOf(r) == roleName).Select(r => (ApiKeyRole?)r).FirstOrDefault();
        return role is null ? null : new ApiKeyRequest { Name = name, Role = role };
    }
}
