using LetterTracker.Api.Features.Dispatches;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Stats;

/// <summary>How many dispatches are in each status, and what follows from that: open, answered, the response rate.</summary>
public sealed class StatusTally
{
    /// <summary>The statuses that answer a letter: a reply, a referral to another body, a refusal.</summary>
    public static readonly DispatchStatus[] Answers = [DispatchStatus.Responded, DispatchStatus.Referred, DispatchStatus.Declined];

    private readonly Dictionary<DispatchStatus, int> counts = [];

    /// <summary>The tally of these counts.</summary>
    public static StatusTally Of(DispatchStatusCounts counts)
    {
        var tally = new StatusTally();
        tally.Add(DispatchStatus.Draft, counts.Draft);
        tally.Add(DispatchStatus.Sent, counts.Sent);
        tally.Add(DispatchStatus.Delivered, counts.Delivered);
        tally.Add(DispatchStatus.Acknowledged, counts.Acknowledged);
        tally.Add(DispatchStatus.Responded, counts.Responded);
        tally.Add(DispatchStatus.Referred, counts.Referred);
        tally.Add(DispatchStatus.Declined, counts.Declined);
        tally.Add(DispatchStatus.Closed, counts.Closed);
        return tally;
    }

    public void Add(DispatchStatus status, int count) => counts[status] = this[status] + count;

    public int this[DispatchStatus status] => counts.GetValueOrDefault(status);

    public int Total => counts.Values.Sum();

    /// <summary>Dispatches that left: every status but draft.</summary>
    public int Sent => Total - this[DispatchStatus.Draft];

    /// <summary>Still awaiting a reply (the statuses in which a dispatch can be overdue).</summary>
    public int Open => Overdue.AwaitingReply.Sum(s => this[s]);

    public int Answered => Answers.Sum(s => this[s]);

    /// <summary>answered / sent, 0 to 1 rounded to four decimals; null when nothing was sent (no rate, rather than a rate of 0).</summary>
    public decimal? ResponseRate =>
        Sent == 0 ? null : Math.Round((decimal)Answered / Sent, 4, MidpointRounding.AwayFromZero);

    public DispatchStatusCounts ToCounts() => new(
        this[DispatchStatus.Draft], this[DispatchStatus.Sent], this[DispatchStatus.Delivered], this[DispatchStatus.Acknowledged],
        this[DispatchStatus.Responded], this[DispatchStatus.Referred], this[DispatchStatus.Declined], this[DispatchStatus.Closed]);
}
