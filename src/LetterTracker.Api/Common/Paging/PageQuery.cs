using Microsoft.AspNetCore.Mvc;

namespace LetterTracker.Api.Common.Paging;

/// <summary>Paging parameters shared by every list.</summary>
/// <param name="Limit">How many items to return: 1 to the configured maximum (200 by default); 50 when omitted.</param>
/// <param name="Cursor">The nextCursor of the previous page, as given; omit it for the first page.</param>
public sealed record PageQuery([FromQuery(Name = "limit")] int? Limit, [FromQuery(Name = "cursor")] string? Cursor);
