namespace LetterTracker.Api.Common.Paging;

/// <summary>One page of a list.</summary>
/// <param name="Items">The records on this page, in the list's order.</param>
/// <param name="NextCursor">Pass as ?cursor= to get the next page; null on the last page.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor) : IPage
{
    Type IPage.ItemType => typeof(T);

    IEnumerable<object> IPage.Rows => Items.Cast<object>();
}

/// <summary>A page whatever its item type, for what handles every list alike (the CSV export).</summary>
public interface IPage
{
    Type ItemType { get; }

    IEnumerable<object> Rows { get; }

    string? NextCursor { get; }
}
