using LetterTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Letters;

/// <summary>
/// The ids of the letters an organisation signed or that are about an incident, read straight from
/// the join tables through their index on the organisation or incident, for use inside a filter
/// (LetterId IN (SELECT ...)).
/// </summary>
public static class LetterLinks
{
    public static IQueryable<Guid> LettersSignedBy(this LetterTrackerDbContext db, Guid organisationId) =>
        Linked(db, "LetterSignatories", "OrganisationId", organisationId);

    public static IQueryable<Guid> LettersAbout(this LetterTrackerDbContext db, Guid incidentId) =>
        Linked(db, "LetterIncidents", "IncidentId", incidentId);

    /// <summary>The join tables have no CLR type of their own (see LetterConfiguration): rows are property bags.</summary>
    private static IQueryable<Guid> Linked(LetterTrackerDbContext db, string joinTable, string column, Guid id) =>
        db.Set<Dictionary<string, object>>(joinTable)
            .Where(link => EF.Property<Guid>(link, column) == id)
            .Select(link => EF.Property<Guid>(link, "LetterId"));
}
