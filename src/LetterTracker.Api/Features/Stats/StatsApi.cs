using LetterTracker.Api.Common.Access;
using System.Text.Json;
using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Csv;
using LetterTracker.Api.Common.Queries;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Api.Features.Dispatches;
using LetterTracker.Api.Features.Letters;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Stats;

/// <summary>
/// Statistics read from counters, not by grouping every dispatch: per-recipient status counts come
/// from DispatchTallies, overdue counts from AwaitingReplyTotals less the days not yet due in
/// AwaitingReplyTallies (awaiting dispatches per recipient and due day), or for the overview from
/// AwaitingReplyDayTallies, letters by status from LetterTallies and reply-delay histograms from
/// ReplyDelayTallies, all kept by database triggers in each write's transaction. A letter's progress
/// reads its own dispatches (one per recipient).
/// </summary>
public static class StatsApi
{
    public static void MapStats(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/stats").WithTags("Statistics").RequireAuthorization(AccessPolicies.Read);
        group.MapGet("/recipients", ListRecipientStats).NamedAfter(ListRecipientStats).ProducesProblem(StatusCodes.Status400BadRequest)
            .ExportsCsv(fileName: "recipient-stats");
        group.MapGet("/letters/{letterId}", GetLetterProgress).NamedAfter(GetLetterProgress).ProducesReadProblems();
        group.MapGet("/overview", GetStatsOverview).NamedAfter(GetStatsOverview).ProducesProblem(StatusCodes.Status400BadRequest);
    }

    /// <summary>Statistics per recipient</summary>
    /// <remarks>For each recipient (oldest record first, paged with limit and cursor like every list): its dispatches by outcome, how many are open and overdue, its response rate and the median days to its first reply. Recipients with no dispatch are listed with zeros and null rates. Filter with kind.</remarks>
    /// <param name="kind">Only recipients of this kind: unAgency, euInstitution, intergovernmental, ngo or media.</param>
    public static async Task<Ok<Page<RecipientStats>>> ListRecipientStats(
        [KnownValues(typeof(RecipientKind))] string? kind, [AsParameters] PageQuery page, LetterTrackerDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var recipients = QueryParameters.Enum<RecipientKind>(kind, "kind") is { } only ? db.Recipients.Where(r => r.Kind == only) : db.Recipients;
        var onPage = await recipients.ToPageAsync(RecipientCounters.Projection(db, clock.Today()), page, http, cancellationToken);
        return TypedResults.Ok(new Page<RecipientStats>([.. onPage.Items.Select(r => r.ToStats())], onPage.NextCursor));
    }

    /// <summary>One letter's progress</summary>
    /// <remarks>Where a letter stands across its recipients: its dispatches by status, how many are open, overdue and answered, its response rate and median days to a first reply, and one row per dispatch with its status, due date and first reply.</remarks>
    /// <param name="letterId">The letter's id (a UUID).</param>
    public static async Task<Ok<LetterProgress>> GetLetterProgress(
        Guid letterId, LetterTrackerDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var letter = await db.Letters.AsNoTracking().Where(l => l.Id == letterId).Select(l => new LetterRef(l.Id, l.Subject))
            .FirstOrDefaultAsync(cancellationToken) ?? throw ProblemException.NotFound("letter", letterId);
        // A letter has one dispatch per recipient: a bounded list, read by the (LetterId, RecipientId) index.
        var dispatches = await db.Dispatches.AsNoTracking().Where(d => d.LetterId == letterId).OrderBy(d => d.Id)
            .Select(DispatchProgress.Projection(clock.Today())).ToListAsync(cancellationToken);
        return TypedResults.Ok(LetterProgress.From(letter, dispatches));
    }

    /// <summary>Overview of everything tracked</summary>
    /// <remarks>All dispatches by status (from the counters), with how many are open, overdue and answered and the response rate; letters by status; incidents with their killed and injured summed over the incidents that give a number, and the incidents that give none counted apart (unknown is never counted as zero).</remarks>
    public static async Task<Ok<StatsOverview>> GetStatsOverview(LetterTrackerDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var tally = new StatusTally();
        foreach (var row in await db.DispatchTallies.GroupBy(t => t.Status)
            .Select(g => new { Status = g.Key, Count = g.Sum(t => t.Count) }).ToListAsync(cancellationToken))
        {
            tally.Add(row.Status, row.Count);
        }

        // Summed over the due days before today (a row per day with something awaited), not over dispatches.
        var today = clock.Today();
        var overdue = await db.AwaitingReplyDayTallies.Where(t => t.DueOn < today).SumAsync(t => t.Count, cancellationToken);
        var dispatches = new DispatchTotals(tally.Total, tally.ToCounts(), tally.Open, overdue, tally.Answered, tally.ResponseRate);

        // Three rows: LetterTallies, kept by triggers like the dispatch counters.
        var letters = await db.LetterTallies.AsNoTracking().ToDictionaryAsync(t => t.Status, t => t.Count, cancellationToken);
        var letterTotals = new LetterTotals(letters.Values.Sum(), letters.GetValueOrDefault(LetterStatus.Draft),
            letters.GetValueOrDefault(LetterStatus.Sent), letters.GetValueOrDefault(LetterStatus.Closed));

        return TypedResults.Ok(new StatsOverview(dispatches, letterTotals, await IncidentTotalsAsync(db, cancellationToken)));
    }

    /// <summary>One aggregate pass over the incidents; SUM skips the nulls, the counts keep them apart.</summary>
    private static async Task<IncidentTotals> IncidentTotalsAsync(LetterTrackerDbContext db, CancellationToken cancellationToken)
    {
        var totals = await db.Incidents.GroupBy(_ => 1).Select(g => new
        {
            Total = g.Count(),
            Killed = g.Sum(i => i.Killed) ?? 0,
            KilledKnown = g.Count(i => i.Killed != null),
            Injured = g.Sum(i => i.Injured) ?? 0,
            InjuredKnown = g.Count(i => i.Injured != null),
            Civilian = g.Count(i => i.Civilian == true),
            NotCivilian = g.Count(i => i.Civilian == false),
        }).SingleOrDefaultAsync(cancellationToken);
        if (totals is null)
        {
            return new IncidentTotals(0, new(0, 0, 0), new(0, 0, 0), new(0, 0, 0));
        }

        return new IncidentTotals(
            totals.Total,
            new CasualtyCount(totals.Killed, totals.KilledKnown, totals.Total - totals.KilledKnown),
            new CasualtyCount(totals.Injured, totals.InjuredKnown, totals.Total - totals.InjuredKnown),
            new CivilianCount(totals.Civilian, totals.NotCivilian, totals.Total - totals.Civilian - totals.NotCivilian));
    }
}
