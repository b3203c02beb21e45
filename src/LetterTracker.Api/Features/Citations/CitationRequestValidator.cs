using FluentValidation;
using LetterTracker.Api.Common.Validation;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Citations;

public sealed partial class CitationRequestValidator : AbstractValidator<CitationRequest>
{
    public CitationRequestValidator(LetterTrackerDbContext db)
    {
        RuleFor(c => c.SourceId)
            .NotNull().WithMessage("'{PropertyName}' is required.")
            .Exists(db.Sources, "source");

        RuleFor(c => c.Quote).RequiredText(Limits.Quote).DependentRules(() =>
            // Checked only for a quote that is otherwise valid and a source that exists (an unknown
            // sourceId is reported on its own). Ordinal: case, apostrophes and dashes must match.
            RuleFor(c => c.Quote)
                .MustAsync(async (citation, quote, cancellationToken) =>
                    citation.SourceId is not { } sourceId
                    || await db.Sources.Where(s => s.Id == sourceId).Select(s => s.FullText).FirstOrDefaultAsync(cancellationToken) is not { } fullText
                    || fullText.Contains(quote, StringComparison.Ordinal))
                .WithMessage("'{PropertyName}' must occur verbatim in the source's fullText: same case, same spaces and punctuation (a curly ’ is not a straight ')."));

        RuleFor(c => c.Field)
            .OptionalText(Limits.FieldName)
            .Must(f => f is null || CamelCaseIdentifier().IsMatch(f))
            .WithMessage("'{PropertyName}' must be the camelCase name of a field of the record, such as occurredFrom, or null for the record as a whole.");

        RuleFor(c => c.RecordType).Defined();

        RuleFor(c => c.RecordId)
            .NotNull().WithMessage("'{PropertyName}' is required.")
            .MustAsync(async (citation, id, cancellationToken) =>
                id is null || citation.RecordType is not { } type || !Enum.IsDefined(type)
                || await RecordExists(db, type, id.Value, cancellationToken))
            .WithMessage(c => $"There is no {Noun(c.RecordType!.Value)} with this id.");
    }

    /// <summary>The singular noun of a kind of record, as messages use it ("casualty figure").</summary>
    public static string Noun(CitedRecordType type) => type switch
    {
        CitedRecordType.Incident => "incident",
        CitedRecordType.CasualtyFigure => "casualty figure",
        CitedRecordType.Organisation => "organisation",
        CitedRecordType.Recipient => "recipient",
        CitedRecordType.Letter => "letter",
        CitedRecordType.Dispatch => "dispatch",
        _ => "record",
    };

    private static Task<bool> RecordExists(LetterTrackerDbContext db, CitedRecordType type, Guid id, CancellationToken cancellationToken) => type switch
    {
        CitedRecordType.Incident => db.Incidents.AnyAsync(r => r.Id == id, cancellationToken),
        CitedRecordType.CasualtyFigure => db.CasualtyFigures.AnyAsync(r => r.Id == id, cancellationToken),
        CitedRecordType.Organisation => db.Organisations.AnyAsync(r => r.Id == id, cancellationToken),
        CitedRecordType.Recipient => db.Recipients.AnyAsync(r => r.Id == id, cancellationToken),
        CitedRecordType.Letter => db.Letters.AnyAsync(r => r.Id == id, cancellationToken),
        CitedRecordType.Dispatch => db.Dispatches.AnyAsync(r => r.Id == id, cancellationToken),
        _ => Task.FromResult(false),
    };

    // A camelCase identifier as the API's JSON fields are named: "occurredFrom", "signatoryIds".
    [System.Text.RegularExpressions.GeneratedRegex("^[a-z][A-Za-z0-9]*\\z")]
    private static partial System.Text.RegularExpressions.Regex CamelCaseIdentifier();
}
