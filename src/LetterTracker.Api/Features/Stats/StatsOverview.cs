namespace LetterTracker.Api.Features.Stats;

/// <summary>The whole database at a glance: where the dispatches stand, the letters, and the incidents they are about.</summary>
/// <param name="Dispatches">Every dispatch, by status, with what is open, overdue and answered.</param>
/// <param name="Letters">Every letter, by status.</param>
/// <param name="Incidents">Every incident, with its casualties as the sources give them.</param>
public sealed record StatsOverview(DispatchTotals Dispatches, LetterTotals Letters, IncidentTotals Incidents)
{
    /// <summary>Shown in Swagger: the seeded data after a few replies.</summary>
    public static StatsOverview Example { get; } = new(
        DispatchTotals.Example, LetterTotals.Example, IncidentTotals.Example);
}

/// <summary>Where all dispatches stand.</summary>
/// <param name="Total">How many dispatches there are, drafts included.</param>
/// <param name="ByStatus">How many are in each status, every status present.</param>
/// <param name="Open">Awaiting a reply: sent, delivered or acknowledged.</param>
/// <param name="Overdue">Open and past their dueOn (before today, UTC, the server's clock).</param>
/// <param name="Answered">responded + referred + declined.</param>
/// <param name="ResponseRate">answered / (total − drafts), from 0 to 1, rounded to four decimals; null while nothing was sent.</param>
public sealed record DispatchTotals(int Total, DispatchStatusCounts ByStatus, int Open, int Overdue, int Answered, decimal? ResponseRate)
{
    /// <summary>Shown in Swagger.</summary>
    public static DispatchTotals Example { get; } = new(13, DispatchStatusCounts.Example, 10, 2, 3, 0.2308m);
}

/// <summary>How many letters there are, by status.</summary>
/// <param name="Total">Every letter.</param>
/// <param name="Draft">Being written.</param>
/// <param name="Sent">Sent to (some of) its recipients.</param>
/// <param name="Closed">No longer followed up.</param>
public sealed record LetterTotals(int Total, int Draft, int Sent, int Closed)
{
    /// <summary>Shown in Swagger.</summary>
    public static LetterTotals Example { get; } = new(1, 0, 1, 0);
}

/// <summary>The incidents letters are about, and their casualties as far as the sources say.</summary>
/// <param name="Total">How many incidents are recorded.</param>
/// <param name="Killed">People killed, over the incidents that give a number.</param>
/// <param name="Injured">People injured, over the incidents that give a number.</param>
/// <param name="Civilian">How many incidents the sources say struck civilians, struck others, or do not say.</param>
public sealed record IncidentTotals(int Total, CasualtyCount Killed, CasualtyCount Injured, CivilianCount Civilian)
{
    /// <summary>Shown in Swagger: the two seeded incidents, whose reports give no casualty numbers.</summary>
    public static IncidentTotals Example { get; } = new(2, new(0, 0, 2), new(0, 0, 2), new(0, 0, 2));
}

/// <summary>
/// A casualty sum that keeps the unknown apart: an incident without a number adds nothing to total
/// and counts in unknown, never as zero. While unknown is above 0, total is a lower bound.
/// </summary>
/// <param name="Total">The sum over the incidents that give a number.</param>
/// <param name="Known">How many incidents give a number (0 included).</param>
/// <param name="Unknown">How many incidents give none.</param>
public sealed record CasualtyCount(int Total, int Known, int Unknown)
{
    /// <summary>Shown in Swagger: one incident with 2, one with 0, one that gives no number.</summary>
    public static CasualtyCount Example { get; } = new(2, 2, 1);
}

/// <summary>How many incidents the sources say struck civilians.</summary>
/// <param name="Yes">Incidents whose victims were civilians.</param>
/// <param name="No">Incidents whose victims were not civilians.</param>
/// <param name="Unknown">Incidents about which the sources do not say.</param>
public sealed record CivilianCount(int Yes, int No, int Unknown)
{
    /// <summary>Shown in Swagger.</summary>
    public static CivilianCount Example { get; } = new(1, 0, 1);
}
