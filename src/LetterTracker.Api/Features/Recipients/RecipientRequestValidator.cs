using FluentValidation;
using LetterTracker.Api.Common.Validation;
using LetterTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Recipients;

public sealed class RecipientRequestValidator : AbstractValidator<RecipientRequest>
{
    /// <summary>How far up the parent chain a cycle is looked for; deeper hierarchies are refused.</summary>
    public const int MaxDepth = 32;

    /// <summary>The longest reply window accepted: ten years.</summary>
    public const int MaxResponseDays = 3650;

    public RecipientRequestValidator(LetterTrackerDbContext db)
    {
        RuleFor(r => r.Name).Cascade(CascadeMode.Stop).RequiredText(Limits.Name)
            .CustomAsync(async (name, context, cancellationToken) =>
            {
                var parentId = context.InstanceToValidate.ParentId;
                if (await SiblingNamedAsync(db, parentId, name, context.RecordId(), cancellationToken) is { } existing)
                {
                    context.AddFailure(ExistingRecord.Failure(context.PropertyPath, parentId is null
                        ? $"Another top-level recipient ({existing}) already has this name (ignoring case)."
                        : $"Another recipient under the same parent ({existing}) already has this name (ignoring case).", existing));
                }
            });
        RuleFor(r => r.Acronym).OptionalText(Limits.Acronym);
        RuleFor(r => r.Kind).Defined();
        RuleFor(r => r.ParentId).Cascade(CascadeMode.Stop)
            .Exists(db.Recipients, "recipient")
            .CustomAsync(async (parentId, context, cancellationToken) =>
            {
                var recordId = context.RecordId();
                switch (await ParentChainAsync(db, parentId, recordId, cancellationToken))
                {
                    case Chain.Self:
                        context.AddFailure("A recipient cannot be its own parent.");
                        break;
                    case Chain.Cycle:
                        context.AddFailure($"The recipient {parentId} is a branch of this one (directly or further down), so it cannot also be its parent: that would make a cycle.");
                        break;
                    case Chain.TooDeep:
                        context.AddFailure($"The hierarchy above the recipient {parentId} is deeper than {MaxDepth} levels; choose a parent nearer the top.");
                        break;
                }
            });
        RuleFor(r => r.Country).OptionalText(Limits.Place);
        RuleFor(r => r.Email).OptionalText(Limits.Email).EmailAddress();
        RuleFor(r => r.ResponseDays).InclusiveBetween(1, MaxResponseDays)
            .WithMessage($"'{{PropertyName}}' must be between 1 and {MaxResponseDays} days, or null for the configured default.");
    }

    private enum Chain
    {
        Acyclic,
        Self,
        Cycle,
        TooDeep,
    }

    /// <summary>Walks up from the proposed parent (one short query per level, bounded): reaching the record itself means the parent is one of its descendants.</summary>
    private static async Task<Chain> ParentChainAsync(LetterTrackerDbContext db, Guid? parentId, Guid? recordId, CancellationToken cancellationToken)
    {
        if (parentId is null)
        {
            return Chain.Acyclic;
        }

        if (parentId == recordId)
        {
            return Chain.Self;
        }

        var current = parentId;
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            if (current == recordId)
            {
                return Chain.Cycle;
            }

            var id = current.Value;
            current = await db.Recipients.AsNoTracking().Where(r => r.Id == id).Select(r => r.ParentId).FirstOrDefaultAsync(cancellationToken);
            if (current is null)
            {
                return Chain.Acyclic;
            }
        }

        return Chain.TooDeep;
    }

    /// <summary>
    /// The sibling (same parent, or top level when there is none) that already has this name, ignoring
    /// case; null when none has. Checked here for both: the unique index on (ParentId, Name) is
    /// case-sensitive and never fires for top-level recipients, whose ParentId is NULL.
    /// </summary>
    private static async Task<Guid?> SiblingNamedAsync(LetterTrackerDbContext db, Guid? parentId, string name, Guid? recordId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        // Only the siblings' names are loaded (found through the (ParentId, Name) index) and
        // compared here, so the case rule is the same on SQLite and PostgreSQL.
        var siblings = await db.Recipients.AsNoTracking()
            .Where(r => r.ParentId == parentId && r.Id != recordId)
            .Select(r => new { r.Id, r.Name })
            .ToListAsync(cancellationToken);
        var wanted = name.Trim();
        return siblings.FirstOrDefault(s => string.Equals(s.Name.Trim(), wanted, StringComparison.OrdinalIgnoreCase))?.Id;
    }
}
