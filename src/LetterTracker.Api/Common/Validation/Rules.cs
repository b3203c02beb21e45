using System.Net.Mail;
using FluentValidation;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Common.Validation;

/// <summary>Rules several resources share, so each is written and worded once.</summary>
public static partial class Rules
{
    /// <summary>Lists in a write body are short; this bounds them.</summary>
    public const int MaxListLength = 100;

    /// <summary>Required text: present, not blank, within the column's length.</summary>
    public static IRuleBuilderOptions<T, string> RequiredText<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.NotEmpty().WithMessage("'{PropertyName}' is required and must not be blank.")
            .MaximumLength(maxLength)
            .Must(IsPrintable).WithMessage(NotPrintable);

    /// <summary>Optional text: null, or not blank and within the column's length.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(v => v is null || !string.IsNullOrWhiteSpace(v)).WithMessage("'{PropertyName}' must be null or not blank.")
            .MaximumLength(maxLength)
            .Must(IsPrintable).WithMessage(NotPrintable);

    public static IRuleBuilderOptions<T, string?> EmailAddress<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || (MailAddress.TryCreate(v, out var address) && address.Address == v && !v.Any(char.IsWhiteSpace)))
            .WithMessage("'{PropertyName}' must be a plain e-mail address such as info@example.org.");

    public static IRuleBuilderOptions<T, string?> AbsoluteHttpUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || (Uri.TryCreate(v, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            .WithMessage("'{PropertyName}' must be an absolute http or https URL.");

    /// <summary>A BCP 47 language tag .NET knows ("en", "de-CH", "az-Latn").</summary>
    public static IRuleBuilderOptions<T, string?> LanguageTag<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || (v.Length <= LetterTracker.Data.Limits.LanguageTag && LanguageTagShape().IsMatch(v)))
            .WithMessage("'{PropertyName}' must be a BCP 47 language tag such as en or de-CH.");

    public static IRuleBuilderOptions<T, TEnum?> Defined<T, TEnum>(this IRuleBuilder<T, TEnum?> rule)
        where TEnum : struct, Enum =>
        rule.NotNull().WithMessage("'{PropertyName}' is required.").IsInEnum();

    /// <summary>A short list of short, distinct, non-blank strings (aliases, demands).</summary>
    public static void TextList<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, IEnumerable<string>>> list, int maxLength)
    {
        validator.RuleFor(list)
            .NotNull().WithMessage("'{PropertyName}' must be a list (send [] for none).")
            .Must(l => l is null || l.Count() <= MaxListLength).WithMessage($"'{{PropertyName}}' may hold at most {MaxListLength} entries.")
            .Must(l => l is null || l.Distinct(StringComparer.Ordinal).Count() == l.Count()).WithMessage("'{PropertyName}' must not repeat an entry.");
        validator.RuleForEach(list).NotEmpty().WithMessage("'{PropertyName}' entries must not be blank.").MaximumLength(maxLength)
            .Must(IsPrintable).WithMessage(NotPrintable);
    }

    /// <summary>
    /// A referenced id must name an existing record of the right kind. The record is loaded into the
    /// request's context (<see cref="DbSet{TEntity}.FindAsync(object[])"/>), where the write that follows
    /// finds it (<see cref="Writes.Relations.LoadAsync"/>) without a second query.
    /// </summary>
    public static IRuleBuilderOptions<T, Guid?> Exists<T, TEntity>(this IRuleBuilder<T, Guid?> rule, DbSet<TEntity> records, string noun)
        where TEntity : Entity =>
        rule.MustAsync(async (id, cancellationToken) => id is null || await records.FindAsync([id], cancellationToken) is not null)
            .WithMessage($"There is no {noun} with this id.");

    /// <summary>
    /// Each id of a list must name an existing record, and none may repeat. One query loads all the
    /// named records into the request's context (where <see cref="Writes.Relations.LoadAllAsync"/> finds
    /// them for the write); each id it did not find is an error keyed by its position ("signatoryIds[2]").
    /// </summary>
    public static void ExistingIds<T, TEntity>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, IEnumerable<Guid>>> ids, DbSet<TEntity> records, string noun)
        where TEntity : Entity
    {
        validator.RuleFor(ids)
            .NotNull().WithMessage("'{PropertyName}' must be a list (send [] for none).")
            .Must(l => l is null || l.Count() <= MaxListLength).WithMessage($"'{{PropertyName}}' may hold at most {MaxListLength} ids.")
            .Must(l => l is null || l.Distinct().Count() == l.Count()).WithMessage("'{PropertyName}' must not name the same id twice.")
            .CustomAsync(async (list, context, cancellationToken) =>
            {
                var named = list?.ToList() ?? [];
                if (named.Count == 0)
                {
                    return;
                }

                var wanted = named.Distinct().ToList();
                var found = (await records.Where(r => wanted.Contains(r.Id)).ToListAsync(cancellationToken)).Select(r => r.Id).ToHashSet();
                for (var index = 0; index < named.Count; index++)
                {
                    if (!found.Contains(named[index]))
                    {
                        context.AddFailure(new FluentValidation.Results.ValidationFailure(
                            $"{context.PropertyPath}[{index}]", $"There is no {noun} with this id.", named[index]));
                    }
                }
            });
    }

    private const string NotPrintable = "'{PropertyName}' must not contain control characters other than tabs and line breaks.";

    /// <summary>
    /// Text is printable: no NUL (PostgreSQL cannot store it) nor other control characters, but
    /// tabs and line breaks, which real documents contain.
    /// </summary>
    public static bool IsPrintable(string? text) =>
        text is null || !text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));

    /// <summary>The id of the record a PUT or PATCH replaces; null on create.</summary>
    public static Guid? RecordId<T>(this ValidationContext<T> context) =>
        context.RootContextData.TryGetValue(Writes.Writes.RecordIdKey, out var id) ? id as Guid? : null;

    // language[-Script][-REGION][-variant...]: the shapes of BCP 47 tags in use ("en", "az-Latn", "de-CH").
    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*\\z")]
    private static partial System.Text.RegularExpressions.Regex LanguageTagShape();
}
