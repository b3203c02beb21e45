using FluentValidation;
using LetterTracker.Api.Common.Validation;
using LetterTracker.Data;
using Microsoft.Extensions.Options;

namespace LetterTracker.Api.Features.Webhooks;

public sealed class WebhookRequestValidator : AbstractValidator<WebhookRequest>
{
    public WebhookRequestValidator(IOptions<WebhookSettings> settings)
    {
        RuleFor(w => w.Url).RequiredText(Limits.Url)
            .Custom((url, context) =>
            {
                if (!string.IsNullOrWhiteSpace(url) && WebhookAddresses.Refusal(url, settings.Value.AllowPrivateAddresses) is { } refusal)
                {
                    context.AddFailure(refusal);
                }
            });
        RuleFor(w => w.EventTypes).NotEmpty().WithMessage("'eventTypes' must name at least one event.")
            .Must(types => types is null || types.Distinct().Count() == types.Count).WithMessage("'eventTypes' names an event twice.");
        RuleForEach(w => w.EventTypes).Must(type => type is not null && WebhookEventTypes.All.Contains(type))
            .WithMessage((_, type) => $"'{type}' is not an event type; one of: {string.Join(", ", WebhookEventTypes.All)}.");
        RuleFor(w => w.Description).OptionalText(Limits.Description);
    }
}
