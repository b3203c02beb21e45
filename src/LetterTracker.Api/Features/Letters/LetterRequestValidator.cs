using FluentValidation;
using LetterTracker.Api.Common.Validation;
using LetterTracker.Data;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Letters;

public sealed class LetterRequestValidator : AbstractValidator<LetterRequest>
{
    /// <summary>A letter's own text may be long, but not unbounded.</summary>
    public const int MaxBodyLength = 100_000;

    public LetterRequestValidator(LetterTrackerDbContext db, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        RuleFor(l => l.Subject).RequiredText(Limits.Title);
        RuleFor(l => l.Summary).OptionalText(Limits.Summary);
        RuleFor(l => l.Body).OptionalText(MaxBodyLength);
        RuleFor(l => l.Language).LanguageTag();
        this.TextList(l => l.Demands, Limits.Description);
        RuleFor(l => l.Status).Defined();

        RuleFor(l => l.SentOn).Must(d => d is null || d <= today).WithMessage("'{PropertyName}' must not be in the future.");
        RuleFor(l => l.SentFrom).Must(d => d is null || d <= today).WithMessage("'{PropertyName}' must not be in the future.");
        RuleFor(l => l.SentTo).Must(d => d is null || d <= today).WithMessage("'{PropertyName}' must not be in the future.");
        RuleFor(l => l.SentOn).Null().When(l => l.SentFrom is not null || l.SentTo is not null)
            .WithMessage("Give either sentOn or a sentFrom/sentTo window, not both.");
        RuleFor(l => l.SentTo).Must((l, to) => l.SentFrom is null || to is null || l.SentFrom <= to)
            .WithMessage("'sentTo' must not be before 'sentFrom'.");
        RuleFor(l => l.Status).Must((l, status) => status != LetterStatus.Draft || (l.SentOn is null && l.SentFrom is null && l.SentTo is null))
            .WithMessage("A draft has not been sent: remove sentOn, sentFrom and sentTo, or set the status to sent.");

        this.ExistingIds(l => l.SignatoryIds, db.Organisations, "organisation");
        this.ExistingIds(l => l.IncidentIds, db.Incidents, "incident");
        this.ExistingIds(l => l.CasualtyFigureIds, db.CasualtyFigures, "casualty figure");
        this.ExistingIds(l => l.RecipientIds, db.Recipients, "recipient");
    }
}
