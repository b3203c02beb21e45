using LetterTracker.Api.Common;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Dispatches;

/// <summary>
/// The rules of a dispatch's status: it moves forward only, draft → sent → delivered → acknowledged →
/// responded | referred | declined | closed, steps may be skipped, and the four outcomes end it.
/// </summary>
public static class DispatchLifecycle
{
    /// <summary>The statuses that end a dispatch's lifecycle: nothing more is awaited of it.</summary>
    public static readonly DispatchStatus[] Outcomes =
        [DispatchStatus.Responded, DispatchStatus.Referred, DispatchStatus.Declined, DispatchStatus.Closed];

    /// <summary>
    /// Where each status may go. A draft has to be sent before anything can happen to it (or be closed
    /// unsent); an outcome is final, so that the statistics of answers never lose one.
    /// </summary>
    private static readonly Dictionary<DispatchStatus, DispatchStatus[]> Next = new()
    {
        [DispatchStatus.Draft] = [DispatchStatus.Sent, DispatchStatus.Closed],
        [DispatchStatus.Sent] = [DispatchStatus.Delivered, DispatchStatus.Acknowledged, .. Outcomes],
        [DispatchStatus.Delivered] = [DispatchStatus.Acknowledged, .. Outcomes],
        [DispatchStatus.Acknowledged] = Outcomes,
        [DispatchStatus.Responded] = [],
        [DispatchStatus.Referred] = [],
        [DispatchStatus.Declined] = [],
        [DispatchStatus.Closed] = [],
    };

    /// <summary>The status an event moves a dispatch to; null for follow-ups and notes, which leave it as it is.</summary>
    public static DispatchStatus? StatusAfter(DispatchEventType type) => type switch
    {
        DispatchEventType.Sent => DispatchStatus.Sent,
        DispatchEventType.Delivered => DispatchStatus.Delivered,
        DispatchEventType.Acknowledged => DispatchStatus.Acknowledged,
        DispatchEventType.Responded => DispatchStatus.Responded,
        DispatchEventType.Referred => DispatchStatus.Referred,
        DispatchEventType.Declined => DispatchStatus.Declined,
        DispatchEventType.Closed => DispatchStatus.Closed,
        _ => null,
    };

    /// <summary>Responded, referred, declined or closed: the dispatch's lifecycle has ended.</summary>
    public static bool IsOutcome(DispatchStatus status) => Next[status].Length == 0;

    /// <summary>Events that are the recipient answering: the first of them dates the first reply.</summary>
    public static bool IsReply(DispatchEventType type) => type is
        DispatchEventType.Acknowledged or DispatchEventType.Responded or DispatchEventType.Referred or DispatchEventType.Declined;

    /// <summary>409, naming the current and the requested status, unless the event may happen to a dispatch in this status.</summary>
    public static void Check(DispatchStatus current, DispatchEventType type)
    {
        if (StatusAfter(type) is { } requested)
        {
            if (!Next[current].Contains(requested))
            {
                throw Refused(current, requested.CamelName(),
                    $"The dispatch is {current.CamelName()} and cannot move to {requested.CamelName()}: " +
                    (Next[current].Length == 0
                        ? $"{current.CamelName()} is an outcome, and ends its lifecycle."
                        : $"a dispatch's status only moves forward; from {current.CamelName()} it can move to {string.Join(", ", Next[current].Select(s => s.CamelName()))}."));
            }
        }
        else if (type == DispatchEventType.FollowUpSent && current is DispatchStatus.Draft or DispatchStatus.Closed)
        {
            throw Refused(current, null,
                $"The dispatch is {current.CamelName()}: a follow-up needs a dispatch that was sent and is not closed.");
        }
    }

    private static ProblemException Refused(DispatchStatus current, string? requested, string detail)
    {
        var problem = ProblemException.Conflict(detail);
        problem.Extensions["currentStatus"] = current.CamelName();
        if (requested is not null)
        {
            problem.Extensions["requestedStatus"] = requested;
        }

        return problem;
    }
}
