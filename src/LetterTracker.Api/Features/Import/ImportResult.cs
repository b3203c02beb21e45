namespace LetterTracker.Api.Features.Import;

/// <summary>What an import did (or, on a dry run, would do), row by row.</summary>
/// <param name="DryRun">True when nothing was saved: the answer says what the import would do.</param>
/// <param name="Mode">allOrNothing (the default: one bad row and nothing is imported) or validOnly (the good rows are imported, the bad ones reported).</param>
/// <param name="Rows">Data rows read (the header not counted).</param>
/// <param name="Created">Records created, or that would be on a dry run.</param>
/// <param name="Failed">Rows refused.</param>
/// <param name="Results">One entry per data row, in file order.</param>
public sealed record ImportResult(bool DryRun, ImportMode Mode, int Rows, int Created, int Failed, IReadOnlyList<ImportRow> Results)
{
    /// <summary>Shown in Swagger: two rows, the second a name already taken.</summary>
    public static ImportResult Example { get; } = new(false, ImportMode.ValidOnly, 2, 1, 1,
    [
        new(1, Common.Examples.ParentRecipient, null),
        new(2, null, new Dictionary<string, string[]> { ["name"] = [$"Another top-level recipient ({Common.Examples.Recipient}) already has this name (ignoring case)."] }, ExistingId: Common.Examples.Recipient),
    ]);
}

/// <summary>One data row of an import.</summary>
/// <param name="Row">Its number among the data rows, from 1 (the header is not counted; a spreadsheet shows it on line Row + 1).</param>
/// <param name="Id">The record it created; null when it failed, and on a dry run.</param>
/// <param name="Errors">Why it was refused, by field as a POST's 400 says; null when it was not.</param>
/// <param name="ExistingId">When it was refused for repeating what must be unique (a recipient's name under its parent): the record that exists.</param>
/// <param name="ExistingRow">The same, when what it repeats is an earlier row of this import.</param>
/// <param name="SameNameIds">Organisations may share a name, so a row repeating one is imported; these are the organisations that existed with its name (ignoring case). Null when none, and for recipients.</param>
/// <param name="SameNameRows">The earlier rows of this import with its name, likewise.</param>
public sealed record ImportRow(
    int Row, Guid? Id, IDictionary<string, string[]>? Errors,
    Guid? ExistingId = null, int? ExistingRow = null, IReadOnlyList<Guid>? SameNameIds = null, IReadOnlyList<int>? SameNameRows = null);

/// <summary>What an import does with bad rows.</summary>
public enum ImportMode
{
    /// <summary>One bad row and nothing is imported: a 400 (or 409 for names taken) lists every bad row.</summary>
    AllOrNothing,

    /// <summary>The good rows are imported and the bad ones reported.</summary>
    ValidOnly,
}
