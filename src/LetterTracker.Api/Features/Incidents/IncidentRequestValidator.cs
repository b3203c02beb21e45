using FluentValidation;
using LetterTracker.Api.Common.Validation;
using LetterTracker.Data;

namespace LetterTracker.Api.Features.Incidents;

public sealed class IncidentRequestValidator : AbstractValidator<IncidentRequest>
{
    public IncidentRequestValidator(TimeProvider clock)
    {
        RuleFor(i => i.Title).RequiredText(Limits.Title);
        RuleFor(i => i.Kind).Defined();
        RuleFor(i => i.Country).RequiredText(Limits.Place);
        RuleFor(i => i.District).RequiredText(Limits.Place);
        this.TextList(i => i.DistrictAliases, Limits.Place);
        RuleFor(i => i.Place).OptionalText(Limits.Place);
        RuleFor(i => i.OccurredFrom).NotNull().WithMessage("'{PropertyName}' is required: the first day the sources give (such as 2025-04-06).")
            .Must(d => d is null || d <= Today(clock))
            .WithMessage(_ => $"'occurredFrom' must not be in the future (today is {Today(clock):yyyy-MM-dd}, UTC).");
        RuleFor(i => i.OccurredTo).NotNull().WithMessage("'{PropertyName}' is required: the last day the sources give (the same as occurredFrom for one day).")
            .Must((i, to) => to is null || i.OccurredFrom is null || i.OccurredFrom <= to)
            .WithMessage("'occurredTo' must not be before occurredFrom.")
            .Must(d => d is null || d <= Today(clock))
            .WithMessage(_ => $"'occurredTo' must not be in the future (today is {Today(clock):yyyy-MM-dd}, UTC).");
        RuleFor(i => i.Killed).GreaterThanOrEqualTo(0).WithMessage("'{PropertyName}' must be 0 or more, or null when no source gives a number.");
        RuleFor(i => i.Injured).GreaterThanOrEqualTo(0).WithMessage("'{PropertyName}' must be 0 or more, or null when no source gives a number.");
        RuleFor(i => i.Description).RequiredText(Limits.Description);
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
