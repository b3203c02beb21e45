using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Access;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Api.Common.Queries;
using LetterTracker.Api.Features.Dispatches;
using LetterTracker.Api.Features.Letters;
using LetterTracker.Data;
using Limits = LetterTracker.Data.Limits;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Calendar;

/// <summary>
/// Who is due to reply when, as a calendar a team subscribes to (RFC 5545): one all-day event per
/// dispatch awaiting a reply (sent, delivered or acknowledged) on its dueOn. An event's UID is its
/// dispatch's id, so a calendar app updates the same event when the due day moves, and drops it once
/// the reply is recorded (the dispatch is no longer awaited).
/// </summary>
public static class CalendarApi
{
    public const string MediaType = "text/calendar";

    /// <summary>The most events one feed holds; a wider one is refused (a feed silently cut short would hide replies due).</summary>
    public const int MaxEvents = 5_000;

    /// <summary>
    /// An upper bound of an event's length in characters, from the longest recipient name, acronym and
    /// subject the API takes (each appears in the summary and the description), the fixed text around
    /// them, escaping (at most doubles) and folding (3 characters per 74): so a feed's length has a bound
    /// the OpenAPI document can state. (No URL property: its host would come from the request.)
    /// </summary>
    public const int MaxEventLength = 3 * ((2 * (Limits.Name + Limits.Acronym + Limits.Title)) + 400);

    /// <summary>The widest window from..to, in days.</summary>
    public const int MaxDays = 3 * 366;

    /// <summary>Shown in Swagger: a feed of one event, written as the feed writes it.</summary>
    private static readonly string Example = Write(
        [new Due(Examples.Dispatch, new DateOnly(2025, 5, 10), DispatchStatus.Delivered, new DateTimeOffset(2025, 4, 10, 7, 30, 0, TimeSpan.Zero), null,
            new DateTimeOffset(2025, 4, 10, 7, 30, 0, TimeSpan.Zero), "Protest letters after the mine explosions in Aghdam and Jabrayil on 6–7 April 2025",
            "UN Mine Action Service", "UNMAS")],
        today: new DateOnly(2025, 5, 1));

    public static void MapCalendar(this IEndpointRouteBuilder api)
    {
        api.MapGet("/calendar.ics", GetCalendar).WithTags("Calendar").NamedAfter(GetCalendar)
            .RequireAuthorization(AccessPolicies.Read)
            .WithMetadata(new KeyInQuery("token"))
            .Produces(StatusCodes.Status200OK)
            .WithMetadata(new Hosting.OpenApi.TextResponse(MediaType, Example, MaxLength: 1_000 + (MaxEvents * MaxEventLength)))
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    /// <summary>Replies due, as a calendar feed</summary>
    /// <remarks>An iCalendar file (RFC 5545) with one all-day event per dispatch awaiting a reply, on its dueOn: "Reply due: recipient – letter", overdue ones marked so. Subscribe a calendar app to the URL; apps cannot send headers, so a reader key's secret may go in token (no other role is taken there). Filter by recipientId and organisationId (letters it signed); from..to bounds the due days (90 days back to a year ahead by default, at most three years). More than 5,000 events is a 400: narrow the feed.</remarks>
    public static async Task<IResult> GetCalendar(
        [AsParameters] CalendarQuery query, LetterTrackerDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var from = http.Request.IsoDate("from", query.From) ?? today.AddDays(-90);
        var to = http.Request.IsoDate("to", query.To) ?? today.AddDays(365);
        QueryParameters.Range(from, to, "from", "to");
        if (to.DayNumber - from.DayNumber > MaxDays)
        {
            throw ProblemException.Invalid("to", $"A calendar spans at most {MaxDays} days; 'to' is {to.DayNumber - from.DayNumber} days after 'from'.");
        }

        var dispatches = db.Dispatches.AsNoTracking()
            .Where(d => Overdue.AwaitingReply.Contains(d.Status) && d.DueOn >= from && d.DueOn <= to);
        if (query.RecipientId is { } recipientId)
        {
            dispatches = dispatches.Where(d => d.RecipientId == recipientId);
        }

        if (query.OrganisationId is { } organisationId)
        {
            var signed = db.LettersSignedBy(organisationId);
            dispatches = dispatches.Where(d => signed.Contains(d.LetterId));
        }

        var due = await dispatches.OrderBy(d => d.DueOn).ThenBy(d => d.Id)
            .Select(d => new Due(d.Id, d.DueOn!.Value, d.Status, d.SentAt, d.Letter.SentOn, d.UpdatedAt, d.Letter.Subject, d.Recipient.Name, d.Recipient.Acronym))
            .TakeWrittenIn(MaxEvents + 1).ToListAsync(cancellationToken);
        if (due.Count > MaxEvents)
        {
            throw ProblemException.Invalid("to", $"More than {MaxEvents} replies are due between {from:yyyy-MM-dd} and {to:yyyy-MM-dd}: narrow the feed with from and to, recipientId or organisationId.");
        }

        http.Response.Headers.ContentDisposition = "inline; filename=\"lettertracker.ics\"";
        return Results.Text(Write(due, today), $"{MediaType}; charset=utf-8");
    }

    /// <summary>The feed of these replies due, as of today.</summary>
    private static string Write(IEnumerable<Due> due, DateOnly today)
    {
        var calendar = new ICalendarWriter()
            .Line("BEGIN", "VCALENDAR")
            .Line("VERSION", "2.0")
            .Line("PRODID", "-//LetterTracker//Replies due//EN")
            .Line("CALSCALE", "GREGORIAN")
            .Line("METHOD", "PUBLISH")
            .Text("X-WR-CALNAME", "LetterTracker: replies due")
            .Line("REFRESH-INTERVAL;VALUE=DURATION", "PT6H")
            .Line("X-PUBLISHED-TTL", "PT6H");
        foreach (var reply in due)
        {
            var overdue = reply.DueOn < today;
            var recipient = reply.Acronym is null ? reply.Recipient : $"{reply.Recipient} ({reply.Acronym})";
            calendar.Line("BEGIN", "VEVENT")
                .Line("UID", $"dispatch-{reply.Id}@lettertracker")
                .Instant("DTSTAMP", reply.UpdatedAt)
                .Instant("LAST-MODIFIED", reply.UpdatedAt)
                .Date("DTSTART", reply.DueOn)
                .Date("DTEND", reply.DueOn.AddDays(1))
                .Text("SUMMARY", $"{(overdue ? "Overdue" : "Reply due")}: {recipient} – {reply.Subject}")
                .Text("DESCRIPTION", $"{recipient} is due to reply to \"{reply.Subject}\" by {reply.DueOn:yyyy-MM-dd}. " +
                    $"Dispatch status: {reply.Status.CamelName()}{(reply.SentAt is { } sent ? $", sent {sent:yyyy-MM-dd}" : reply.LetterSentOn is { } sentOn ? $", sent {sentOn:yyyy-MM-dd}" : "")}. " +
                    $"The dispatch: /api/dispatches/{reply.Id}")
                .Text("CATEGORIES", overdue ? "Overdue" : "Awaiting reply")
                .Line("TRANSP", "TRANSPARENT")
                .Line("END", "VEVENT");
        }

        calendar.Line("END", "VCALENDAR");
        return calendar.ToString();
    }

    private sealed record Due(Guid Id, DateOnly DueOn, DispatchStatus Status, DateTimeOffset? SentAt, DateOnly? LetterSentOn, DateTimeOffset UpdatedAt, string Subject, string Recipient, string? Acronym);
}
