using Microsoft.AspNetCore.Mvc;

namespace LetterTracker.Api.Features.Calendar;

/// <summary>Which replies the calendar shows.</summary>
/// <param name="RecipientId">Only replies due from this recipient.</param>
/// <param name="OrganisationId">Only replies to letters this organisation signed.</param>
/// <param name="From">Replies due on or after this day; 90 days before today when omitted (so what is overdue still shows).</param>
/// <param name="To">Replies due on or before this day; a year after today when omitted. Not before from, at most three years after it.</param>
/// <param name="Token">The secret of a reader API key, for calendar apps that cannot send X-Api-Key. Only a reader key is taken here: a URL is kept in logs, histories and calendar settings. Not needed while reads are anonymous (Auth:AnonymousRead).</param>
public sealed record CalendarQuery(
    [FromQuery(Name = "recipientId")] Guid? RecipientId,
    [FromQuery(Name = "organisationId")] Guid? OrganisationId,
    [FromQuery(Name = "from")] DateOnly? From,
    [FromQuery(Name = "to")] DateOnly? To,
    [FromQuery(Name = "token")] string? Token);
