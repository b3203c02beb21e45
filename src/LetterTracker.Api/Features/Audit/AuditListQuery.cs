using System.Globalization;
using LetterTracker.Api.Common;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Mvc;

namespace LetterTracker.Api.Features.Audit;

/// <summary>Filters of the audit trail; they combine with AND.</summary>
/// <param name="Resource">Only entries about this kind of record: sources, citations, incidents, casualty-figures, organisations, recipients, letters, dispatches or dispatch-events.</param>
/// <param name="Id">Only entries about the record with this id (a UUID); needs resource.</param>
/// <param name="From">Only entries written at or after this instant, with its offset (2025-05-01T00:00:00Z; send + as %2B).</param>
/// <param name="To">Only entries written before this instant (exclusive), with its offset; after from.</param>
public sealed record AuditListQuery(
    [FromQuery(Name = "resource"), KnownValues(typeof(AuditedResources), nameof(AuditedResources.Names))] string? Resource,
    [FromQuery(Name = "id")] Guid? Id,
    [FromQuery(Name = "from")] string? From,
    [FromQuery(Name = "to")] string? To)
{
    /// <summary>
    /// Each filter is answered by an index: AuditEntries (Resource, RecordId, At) for a record's history,
    /// At for a time range and for the newest-first order; a resource alone is read along At.
    /// </summary>
    public IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries)
    {
        var from = Instant(From, "from");
        var to = Instant(To, "to");
        if (from >= to)
        {
            throw ProblemException.Invalid("to", "Must be after from.");
        }

        if (Resource is not null)
        {
            if (!AuditedResources.Names.Contains(Resource))
            {
                throw ProblemException.Invalid("resource", $"One of {string.Join(", ", AuditedResources.Names)}.");
            }

            entries = entries.Where(e => e.Resource == Resource);
        }

        if (Id is { } id)
        {
            entries = Resource is null
                ? throw ProblemException.Invalid("id", "Give resource too (letters, recipients, ...): a record is found by its kind and id.")
                : entries.Where(e => e.RecordId == id);
        }

        if (from is { } start)
        {
            entries = entries.Where(e => e.At >= start);
        }

        if (to is { } end)
        {
            entries = entries.Where(e => e.At < end);
        }

        return entries;
    }

    /// <summary>An ISO 8601 instant that names its offset; a local time would be read in the server's time zone, a guess.</summary>
    private static DateTimeOffset? Instant(string? text, string parameter) =>
        text is null ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) && OffsetRequiredConverter.HasOffset(text) ? at
        : throw ProblemException.Invalid(parameter, $"'{text}' is not an instant with an offset, such as 2025-05-01T00:00:00Z (send + as %2B).");
}
