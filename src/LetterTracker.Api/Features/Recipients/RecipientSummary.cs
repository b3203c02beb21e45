using System.Linq.Expressions;
using LetterTracker.Api.Common;
using LetterTracker.Data;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Recipients;

/// <summary>A recipient as a list shows it: the full record (GET /api/recipients/{id}) without its citations.</summary>
/// <param name="Id">UUIDv7.</param>
/// <param name="Name">The name as sources print it.</param>
/// <param name="Acronym">The acronym, when sources give one.</param>
/// <param name="Kind">What kind of body it is.</param>
/// <param name="ParentId">The body this one is a branch, delegation, office or representative of.</param>
/// <param name="Parent">Enough of the parent to show it.</param>
/// <param name="Country">Country, when a source names it.</param>
/// <param name="Email">Contact address.</param>
/// <param name="ResponseDays">Expected reply window in days; null uses the configured default.</param>
/// <param name="DispatchCount">How many dispatches went to it.</param>
/// <param name="CreatedAt">When the record was created.</param>
/// <param name="UpdatedAt">When the record was last changed.</param>
/// <param name="Version">Concurrency version; also the ETag.</param>
public sealed record RecipientSummary(
    Guid Id,
    string Name,
    string? Acronym,
    RecipientKind Kind,
    Guid? ParentId,
    RecipientRef? Parent,
    string? Country,
    string? Email,
    int? ResponseDays,
    int DispatchCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version) : IResource
{
    /// <summary>Shown in Swagger.</summary>
    public static RecipientSummary Example { get; } = new(
        Examples.Recipient, "UN Mine Action Service", "UNMAS", RecipientKind.UnAgency, null, null, null, null, null, 1,
        Examples.Created, Examples.Created, 1);

    /// <summary>
    /// The dispatch count sums the recipient's few DispatchTallies rows (one per status, kept by triggers in
    /// each write's transaction) instead of counting its dispatches, which grow with every letter.
    /// </summary>
    public static Expression<Func<Recipient, RecipientSummary>> Projection(LetterTrackerDbContext db) => r => new RecipientSummary(
        r.Id, r.Name, r.Acronym, r.Kind, r.ParentId,
        r.Parent == null ? null : new RecipientRef(r.Parent.Id, r.Parent.Name, r.Parent.Acronym),
        r.Country, r.Email, r.ResponseDays, db.DispatchTallies.Where(t => t.RecipientId == r.Id).Sum(t => t.Count), r.CreatedAt, r.UpdatedAt, r.Version);
}
