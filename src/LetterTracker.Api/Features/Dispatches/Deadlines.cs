using LetterTracker.Data.Model;
using Microsoft.Extensions.Options;

namespace LetterTracker.Api.Features.Dispatches;

/// <summary>When a reply is due: the day a dispatch was sent plus the recipient's reply window.</summary>
public static class Deadlines
{
    /// <summary>
    /// The due date from the best send date known: the dispatch's own, else the letter's sentOn.
    /// Null while neither is known (a window such as "sent by 14 April" does not date a dispatch).
    /// </summary>
    public static DateOnly? DueOn(Dispatch dispatch, Letter letter, Recipient recipient, HttpContext http)
    {
        DateOnly? sent = dispatch.SentAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : letter.SentOn;
        if (sent is null)
        {
            return null;
        }

        var settings = http.RequestServices.GetRequiredService<IOptions<TrackingSettings>>().Value;
        return sent.Value.AddDays(recipient.ResponseDays ?? settings.DefaultResponseDays);
    }
}
