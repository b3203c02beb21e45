using FluentValidation;
using LetterTracker.Api.Common.Validation;
using LetterTracker.Data;

namespace LetterTracker.Api.Features.CasualtyFigures;

public sealed class CasualtyFigureRequestValidator : AbstractValidator<CasualtyFigureRequest>
{
    public CasualtyFigureRequestValidator(TimeProvider clock)
    {
        RuleFor(f => f.Description).RequiredText(Limits.Description);
        RuleFor(f => f.Measure).Defined();
        RuleFor(f => f.Value).NotNull().WithMessage("'{PropertyName}' is required.")
            .GreaterThanOrEqualTo(0).WithMessage("'{PropertyName}' must be 0 or more.");
        RuleFor(f => f.PeriodFrom).Cascade(CascadeMode.Stop)
            .Must(p => p is null || PartialDate.FirstDay(p) is not null)
            .WithMessage("'{PropertyName}' must be a real ISO 8601 date at year, month or day precision: 2020, 2020-11 or 2020-11-10.")
            .Must(p => p is null || PartialDate.FirstDay(p) <= Today(clock))
            .WithMessage(_ => $"'periodFrom' must not begin in the future (today is {Today(clock):yyyy-MM-dd}, UTC).")
            .Must((f, p) => p is null || f.AsOf is null || PartialDate.FirstDay(p) <= f.AsOf)
            .WithMessage("'periodFrom' must not begin after asOf: the period counted ends on the day the number is stated for.");
        RuleFor(f => f.AsOf).Must(d => d is null || d <= Today(clock))
            .WithMessage(_ => $"'asOf' must not be in the future (today is {Today(clock):yyyy-MM-dd}, UTC).");
        RuleFor(f => f.ReportedBy).OptionalText(Limits.Name);
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
