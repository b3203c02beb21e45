using LetterTracker.Api.Common.Access;
using LetterTracker.Api.Features.Audit;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LetterTracker.Api.Features.ApiKeys;

/// <summary>
/// Auth:BootstrapAdminKey, the first way in: when set, an admin key with exactly that secret exists,
/// created at startup if missing. A revoked one stays revoked (restarting must not undo a revoke);
/// the secret is never logged, only the key's id. Its creation is in the audit trail, made by
/// "server start-up (Auth:BootstrapAdminKey)", without the secret.
/// </summary>
public static class BootstrapAdminKey
{
    public const string Name = "Bootstrap admin key (Auth:BootstrapAdminKey)";

    public static async Task EnsureBootstrapAdminKeyAsync(this WebApplication app)
    {
        var secret = app.Services.GetRequiredService<IOptions<AuthSettings>>().Value.BootstrapAdminKey;
        if (string.IsNullOrEmpty(secret))
        {
            return;
        }

        if (secret.Length < ApiKeySecrets.MinChosenLength || !ApiKeySecrets.IsWellFormed(secret))
        {
            throw new InvalidOperationException(
                $"Auth:BootstrapAdminKey must be {ApiKeySecrets.MinChosenLength} to {ApiKeySecrets.MaxLength} visible ASCII characters (no spaces); the value configured is not (it is not shown here).");
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LetterTrackerDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<Program>>();
        var hash = ApiKeySecrets.Hash(secret);
        var existing = await ApiKeyLookup.FindAsync(db, hash, CancellationToken.None);
        if (existing is { RevokedAt: { } revokedAt })
        {
            logger.LogWarning("The bootstrap admin key {KeyId} was revoked at {RevokedAt} and stays revoked; set another Auth:BootstrapAdminKey or use the create-key command.", existing.Id, revokedAt);
            return;
        }

        if (existing is not null)
        {
            logger.LogInformation("Bootstrap admin key {KeyId}: present", existing.Id);
            return;
        }

        var key = KeyIssuing.NewKey(Name, ApiKeyRole.Admin, secret);
        db.ApiKeys.Add(key);
        // Recorded as a key created through the API is (never the secret), in the same transaction; no
        // API key made it, so the entry names the start-up instead.
        AuditTrail.RecordAs(db, scope.ServiceProvider, AuditTrail.ServerStartUp, ApiKeyAudit.Resource, key.Id, AuditAction.Create, before: null, ApiKeyAudit.Of(key));
        try
        {
            await db.SaveChangesAsync();
            logger.LogInformation("Bootstrap admin key {KeyId}: created", key.Id);
        }
        catch (DbUpdateException)
        {
            // Another instance starting on the same database created it in between (the hash is unique);
            // this one's audit entry went with the rolled-back insert, and that instance recorded its own.
            db.ChangeTracker.Clear();
            if (await ApiKeyLookup.FindAsync(db, hash, CancellationToken.None) is null)
            {
                throw;
            }
        }
    }
}
