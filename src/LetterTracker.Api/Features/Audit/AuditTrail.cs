using System.Security.Claims;
using System.Text.Json;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace LetterTracker.Api.Features.Audit;

/// <summary>
/// Records a write in the audit trail. The entry is added to the write's own context, so the write's
/// SaveChanges stores both in one transaction: there is never a write without its entry, nor an entry
/// for a write that was refused or rolled back.
/// </summary>
public static class AuditTrail
{
    /// <summary>Who made a key with the create-key command: no API key did, so this stands in its name.</summary>
    public const string CreateKeyCommand = "create-key command";

    /// <summary>Who made the bootstrap admin key at start-up: no API key did, so this stands in its name.</summary>
    public const string ServerStartUp = "server start-up (Auth:BootstrapAdminKey)";

    /// <param name="db">The context the write is saved through.</param>
    /// <param name="http">The request: who (the API key's claims; anonymous is null) and when (the TimeProvider).</param>
    /// <param name="resource">The collection's name, as in its path ("letters", "dispatch-events").</param>
    /// <param name="recordId">The record written.</param>
    /// <param name="action">What was done to it.</param>
    /// <param name="before">Its write shape before (null on create and restore); never a secret.</param>
    /// <param name="after">Its write shape after (null on delete); never a secret.</param>
    public static void Record(
        LetterTrackerDbContext db, HttpContext http, string resource, Guid recordId, AuditAction action, object? before, object? after)
    {
        var caller = http.User.Identity?.IsAuthenticated == true ? http.User : null;
        Add(
            db, http.RequestServices,
            Guid.TryParse(caller?.FindFirstValue(ClaimTypes.NameIdentifier), out var apiKeyId) ? apiKeyId : null,
            caller?.FindFirstValue(ClaimTypes.Name),
            resource, recordId, action, before, after);
    }

    /// <summary>
    /// Records a write the server makes outside any request (the create-key command, the bootstrap key at
    /// start-up): no API key made it, so apiKeyId is null and apiKeyName names who did
    /// (<see cref="CreateKeyCommand"/>, <see cref="ServerStartUp"/>), telling it apart from an anonymous write.
    /// </summary>
    /// <param name="services">The app's services: the clock and the API's JSON options, so the entry reads as one a request wrote.</param>
    public static void RecordAs(
        LetterTrackerDbContext db, IServiceProvider services, string actor, string resource, Guid recordId, AuditAction action, object? before, object? after) =>
        Add(db, services, apiKeyId: null, actor, resource, recordId, action, before, after);

    private static void Add(
        LetterTrackerDbContext db, IServiceProvider services, Guid? apiKeyId, string? apiKeyName,
        string resource, Guid recordId, AuditAction action, object? before, object? after)
    {
        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        db.AuditEntries.Add(new AuditEntry
        {
            At = services.GetRequiredService<TimeProvider>().GetUtcNow(),
            ApiKeyId = apiKeyId,
            ApiKeyName = apiKeyName,
            Resource = resource,
            RecordId = recordId,
            Action = action,
            Before = before is null ? null : JsonSerializer.Serialize(before, before.GetType(), json),
            After = after is null ? null : JsonSerializer.Serialize(after, after.GetType(), json),
        });
    }
}
