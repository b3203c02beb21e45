using LetterTracker.Api.Common;
using Microsoft.AspNetCore.Mvc;

namespace LetterTracker.Api.Features.Import;

/// <summary>How an import treats bad rows, and whether it saves.</summary>
/// <param name="Mode">allOrNothing (the default): one bad row and nothing is imported, every bad row listed; validOnly: the good rows are imported, the bad ones listed.</param>
/// <param name="DryRun">true: check every row as the import would (names taken by earlier rows included), save nothing, answer what would happen.</param>
public sealed record ImportQuery(
    [FromQuery(Name = "mode"), KnownValues(typeof(ImportMode))] string? Mode,
    [FromQuery(Name = "dryRun")] bool? DryRun);
