using LetterTracker.Api.Common.Writes;
using LetterTracker.Api.Features.CasualtyFigures;
using LetterTracker.Api.Features.Citations;
using LetterTracker.Api.Features.Dispatches;
using LetterTracker.Api.Features.Incidents;
using LetterTracker.Api.Features.Letters;
using LetterTracker.Api.Features.Organisations;
using LetterTracker.Api.Features.Recipients;
using LetterTracker.Api.Features.Sources;

namespace LetterTracker.Api.Features.Audit;

/// <summary>The resources the audit trail records, by their names in it; those with a write model can have a deleted record restored.</summary>
public static class AuditedResources
{
    private static readonly Dictionary<string, IWriteModel> WriteModels = new IWriteModel[]
    {
        SourceWrites.Model, CitationWrites.Model, IncidentWrites.Model, CasualtyFigureWrites.Model,
        OrganisationWrites.Model, RecipientWrites.Model, LetterWrites.Model, DispatchWrites.Model,
    }.ToDictionary(m => m.Resource);

    /// <summary>Every resource name an entry may have: the write models', dispatch events (recorded, never changed), API keys (created, revoked) and webhook subscriptions (created, deleted).</summary>
    public static IReadOnlyList<string> Names { get; } = [.. WriteModels.Keys, "dispatch-events", "api-keys", "webhooks"];

    /// <summary>The write model that restores a deleted record of this resource; null when its records are never deleted.</summary>
    public static IWriteModel? Restorer(string resource) => WriteModels.GetValueOrDefault(resource);
}
