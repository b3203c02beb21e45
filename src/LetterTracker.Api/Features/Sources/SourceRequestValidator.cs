using FluentValidation;
using LetterTracker.Api.Common.Validation;
using LetterTracker.Data;

namespace LetterTracker.Api.Features.Sources;

public sealed class SourceRequestValidator : AbstractValidator<SourceRequest>
{
    /// <summary>
    /// The longest fullText accepted, in characters. The column itself is unbounded text; this only
    /// keeps one request within reason (the two seeded reports are about 2,000 characters each).
    /// </summary>
    public const int MaxFullTextLength = 1_000_000;

    public SourceRequestValidator()
    {
        RuleFor(s => s.Title).OptionalText(Limits.Title);
        RuleFor(s => s.Outlet).OptionalText(Limits.Name);
        RuleFor(s => s.Author).OptionalText(Limits.Name);
        RuleFor(s => s.Attribution).RequiredText(Limits.Name);
        RuleFor(s => s.Language).RequiredText(Limits.LanguageTag).LanguageTag();
        RuleFor(s => s.Url).OptionalText(Limits.Url).AbsoluteHttpUrl();
        RuleFor(s => s.FileName).OptionalText(Limits.Name);
        RuleFor(s => s.FullText).RequiredText(MaxFullTextLength);
    }
}
