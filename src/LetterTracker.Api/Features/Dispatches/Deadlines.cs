using LetterTracker.Data.Model;
using Microsoft.Extensions.Options;

namespace LetterTracker.Api.Features.Dispatches;

/// <summary>
/// The dates that follow from when a dispatch was sent: when a reply is due (the send day plus the
/// recipient's reply window) and how long the first reply took.
/// </summary>
public static class Deadlines
{
    /// <summary>
    /// Sets dueOn and daysToFirstReply from the best send date known: the dispatch's own, else the
    /// letter's sentOn. Both are null while neither is known (a window such as "sent by 14 April" does
    /// not date a dispatch). Called whenever a send date, a reply or a reply window changes.
    /// </summary>
    public static void Refresh(Dispatch dispatch, Letter letter, Recipient recipient, HttpContext http)
    {
        var sent = SentOn(dispatch, letter);
        var settings = http.RequestServices.GetRequiredService<IOptions<TrackingSettings>>().Value;
        var window = recipient.ResponseDays ?? settings.DefaultResponseDays;
        dispatch.DueOn = sent is null ? null : settings.WorkingDays ? AddWorkingDays(sent.Value, window) : sent.Value.AddDays(window);
        dispatch.DaysToFirstReply = sent is null || dispatch.FirstReplyAt is not { } reply
            ? null
            // A reply recorded before a send date entered later counts as a same-day reply.
            : Math.Max(0, DateOnly.FromDateTime(reply.UtcDateTime).DayNumber - sent.Value.DayNumber);
    }

    /// <summary>The day the dispatch went out, as far as the records tell.</summary>
    public static DateOnly? SentOn(Dispatch dispatch, Letter letter) =>
        dispatch.SentAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : letter.SentOn;

    /// <summary>The date <paramref name="days"/> working days (Monday to Friday) after <paramref name="from"/>; public holidays are not known here.</summary>
    public static DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var date = from;
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                counted++;
            }
        }

        return date;
    }
}
