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
        var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var caller = http.User.Identity?.IsAuthenticated == true ? http.User : null;
        db.AuditEntries.Add(new AuditEntry
        {
            At = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(),
            ApiKeyId = Guid.TryParse(caller?.FindFirstValue(ClaimTypes.NameIdentifier), out var apiKeyId) ? apiKeyId : null,
            ApiKeyName = caller?.FindFirstValue(ClaimTypes.Name),
            Resource = resource,
            RecordId = recordId,
            Action = action,
            Before = before is null ? null : JsonSerializer.Serialize(before, before.GetType(), json),
            After = after is null ? null : JsonSerializer.Serialize(after, after.GetType(), json),
        });
    }
}
