using System.ComponentModel.DataAnnotations;
using LetterTracker.Data;

namespace LetterTracker.Api.Common.Writes;

/// <summary>A record that still points at one being deleted, listed in the 409 that refuses the delete.</summary>
/// <param name="Type">What kind of record refers to it (letter, citation, dispatch, ...).</param>
/// <param name="Id">That record's id.</param>
/// <param name="Label">A name or title to recognise it by.</param>
public sealed record Reference(
    [property: MaxLength(Reference.MaxTypeLength)] string Type,
    Guid Id,
    [property: MaxLength(Limits.Quote)] string? Label) // the longest a name, title or quote may be
{
    public const int MaxTypeLength = 40;
}
