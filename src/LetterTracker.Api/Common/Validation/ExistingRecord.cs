using FluentValidation.Results;

namespace LetterTracker.Api.Common.Validation;

/// <summary>
/// The state of a validation failure saying that another record already has what must be unique (a
/// recipient's name among its siblings, a letter's dispatch to a recipient). When nothing else is wrong
/// with the request, the write answers 409 naming that record (existingId), so a client can go to it.
/// The message names it too, as it is also one of a 400's errors when something else is wrong.
/// </summary>
public sealed record ExistingRecord(Guid Id)
{
    public static ValidationFailure Failure(string field, string message, Guid existingId) =>
        new(field, message) { CustomState = new ExistingRecord(existingId) };
}
