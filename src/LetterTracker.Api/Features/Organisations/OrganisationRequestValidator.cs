using FluentValidation;
using LetterTracker.Api.Common.Validation;
using LetterTracker.Data;

namespace LetterTracker.Api.Features.Organisations;

public sealed class OrganisationRequestValidator : AbstractValidator<OrganisationRequest>
{
    public OrganisationRequestValidator()
    {
        RuleFor(o => o.Name).RequiredText(Limits.Name);
        this.TextList(o => o.Aliases, Limits.Name);
        RuleFor(o => o.Kind).Defined();
        RuleFor(o => o.City).OptionalText(Limits.Place);
        RuleFor(o => o.Country).OptionalText(Limits.Place);
        RuleFor(o => o.Website).OptionalText(Limits.Url).AbsoluteHttpUrl();
        RuleFor(o => o.Email).OptionalText(Limits.Email).EmailAddress();
    }
}
