using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using System.Text.Json;
using LetterTracker.Api.Common;
using LetterTracker.Data;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Audit;

/// <summary>One write, as the audit trail recorded it in the write's transaction.</summary>
/// <param name="Id">UUIDv7: the entry's id, to restore a deleted record from it.</param>
/// <param name="At">When the write was made.</param>
/// <param name="ApiKeyId">The API key it was made with; null when it was made anonymously, or by no key: an API key the create-key command or the bootstrap key setting made.</param>
/// <param name="ApiKeyName">That key's name at the time; without a key, who made it: "create-key command" or "server start-up (Auth:BootstrapAdminKey)" (null when anonymous).</param>
/// <param name="Resource">The kind of record, as in its path: sources, citations, incidents, casualty-figures, organisations, recipients, letters, dispatches or dispatch-events.</param>
/// <param name="RecordId">The record written.</param>
/// <param name="Action">create, update, delete or restore.</param>
/// <param name="Before">The record's write shape (what a PUT would send) before the write; null for create and restore. A delete's also holds the version deleted, which a restore goes on from.</param>
/// <param name="After">The record's write shape after the write; null for delete. For a dispatch event: the event as posted, with its dispatchId.</param>
public sealed record AuditEntryResponse(
    Guid Id,
    DateTimeOffset At,
    Guid? ApiKeyId,
    [property: MaxLength(Limits.Name)] string? ApiKeyName,
    [property: KnownValues(typeof(AuditedResources), nameof(AuditedResources.Names))] string Resource,
    Guid RecordId,
    AuditAction Action,
    JsonElement? Before,
    JsonElement? After)
{
    /// <summary>Shown in Swagger.</summary>
    public static AuditEntryResponse Example { get; } = new(
        Guid.Parse("0196371c-2a40-75a7-94e5-f6a7b8c9d00b"), Examples.Updated, Guid.Parse("0196371c-2a40-76b8-a5f6-a7b8c9d0e10c"), "Berlin office laptop",
        "organisations", Examples.Organisation, AuditAction.Delete,
        JsonSerializer.SerializeToElement(new
        {
            name = "Prague Azerbaijani Culture House",
            aliases = Array.Empty<string>(),
            kind = "diasporaOrganisation",
            city = (string?)null,
            country = (string?)null,
            website = (string?)null,
            email = (string?)null,
            version = 2,
        }),
        null);

    /// <summary>The entry's JSON is returned as JSON, not as a string holding it.</summary>
    public static readonly Expression<Func<AuditEntry, AuditEntryResponse>> Projection = e => new AuditEntryResponse(
        e.Id, e.At, e.ApiKeyId, e.ApiKeyName, e.Resource, e.RecordId, e.Action, Parse(e.Before), Parse(e.After));

    private static JsonElement? Parse(string? json) => json is null ? null : JsonSerializer.Deserialize<JsonElement>(json);
}
