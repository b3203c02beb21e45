using FluentValidation;
using LetterTracker.Api.Common.Validation;
using LetterTracker.Data;

namespace LetterTracker.Api.Features.ApiKeys;

public sealed class ApiKeyRequestValidator : AbstractValidator<ApiKeyRequest>
{
    public ApiKeyRequestValidator()
    {
        RuleFor(k => k.Name).RequiredText(Limits.Name);
        RuleFor(k => k.Role).Defined();
    }
}
