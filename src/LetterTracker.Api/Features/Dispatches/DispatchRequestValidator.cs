using FluentValidation;
using LetterTracker.Api.Common.Validation;
using LetterTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Dispatches;

public sealed class DispatchRequestValidator : AbstractValidator<DispatchRequest>
{
    public DispatchRequestValidator(LetterTrackerDbContext db, TimeProvider clock)
    {
        RuleFor(d => d.LetterId).NotNull().WithMessage("'{PropertyName}' is required.").Exists(db.Letters, "letter");
        RuleFor(d => d.RecipientId).NotNull().WithMessage("'{PropertyName}' is required.").Exists(db.Recipients, "recipient");
        RuleFor(d => d.Channel).IsInEnum();
        RuleFor(d => d.SentAt).Must(at => at is null || at <= clock.GetUtcNow())
            .WithMessage("'{PropertyName}' must not be in the future.");
        RuleFor(d => d.DeliveryRef).OptionalText(Limits.Name);

        // On create: one dispatch per letter and recipient. On replace: the pair cannot change.
        RuleFor(d => d.RecipientId).CustomAsync(async (recipientId, context, cancellationToken) =>
        {
            var request = context.InstanceToValidate;
            if (context.RecordId() is { } id)
            {
                var current = await db.Dispatches.Where(d => d.Id == id)
                    .Select(d => new { d.LetterId, d.RecipientId }).FirstOrDefaultAsync(cancellationToken);
                if (current is null)
                {
                    return; // deleted meanwhile: the save finds no row and answers 404
                }

                if (current.LetterId != request.LetterId)
                {
                    context.AddFailure("letterId", "The letter of a dispatch cannot be changed; create a dispatch for the other letter.");
                }

                if (current.RecipientId != recipientId)
                {
                    context.AddFailure("recipientId", "The recipient of a dispatch cannot be changed; create a dispatch to the other recipient.");
                }
            }
            else if (await db.Dispatches.Where(d => d.LetterId == request.LetterId && d.RecipientId == recipientId)
                .Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken) is { } existing)
            {
                context.AddFailure(ExistingRecord.Failure(
                    "recipientId", $"This letter already has a dispatch to this recipient ({existing}); follow-ups are events on that dispatch.", existing));
            }
        });
    }
}
