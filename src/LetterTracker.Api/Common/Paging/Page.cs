namespace LetterTracker.Api.Common.Paging;

/// <summary>One page of a list.</summary>
/// <param name="Items">The records on this page, in the list's order.</param>
/// <param name="NextCursor">Pass as ?cursor= to get the next page; null on the last page.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
