using System.Linq.Expressions;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Citations;

/// <summary>A citation as shown on the record it backs.</summary>
/// <param name="Id">The citation's id.</param>
/// <param name="SourceId">The source the quote is taken from.</param>
/// <param name="Quote">Verbatim text of the source.</param>
/// <param name="Field">The field the quote backs; null when it backs the record as a whole.</param>
public sealed record CitationRef(Guid Id, Guid SourceId, string Quote, string? Field)
{
    public static readonly Expression<Func<Citation, CitationRef>> Projection =
        c => new CitationRef(c.Id, c.SourceId, c.Quote, c.Field);
}
