using FluentValidation;
using LetterTracker.Api.Common.Validation;
using LetterTracker.Data;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Dispatches;

/// <summary>What can be checked from the event alone; the dispatch's state is checked by <see cref="DispatchLifecycle"/>.</summary>
public sealed class DispatchEventRequestValidator : AbstractValidator<DispatchEventRequest>
{
    public DispatchEventRequestValidator(LetterTrackerDbContext db, TimeProvider clock)
    {
        RuleFor(e => e.Type).Defined();
        RuleFor(e => e.At).NotNull().WithMessage("'{PropertyName}' is required.")
            .Must(at => at is null || at <= clock.GetUtcNow()).WithMessage("'{PropertyName}' must not be in the future.");
        RuleFor(e => e.Note).OptionalText(Limits.Description);
        RuleFor(e => e.ResponseSummary).OptionalText(Limits.Summary)
            .Must((e, summary) => summary is null || e.Type is null || DispatchLifecycle.IsReply(e.Type.Value))
            .WithMessage("'{PropertyName}' belongs on an answer: acknowledged, responded, referred or declined.");
        RuleFor(e => e.SourceId).Exists(db.Sources, "source");
        RuleFor(e => e.ReferredToRecipientId).Exists(db.Recipients, "recipient")
            .Must((e, id) => id is null || e.Type is null || e.Type == DispatchEventType.Referred)
            .WithMessage("'{PropertyName}' belongs on a referred event only.");
        RuleFor(e => e.OpenDispatch).Must((e, open) => open is null || e.ReferredToRecipientId is not null)
            .WithMessage("'{PropertyName}' needs referredToRecipientId: it opens a dispatch to that body.");
    }
}
