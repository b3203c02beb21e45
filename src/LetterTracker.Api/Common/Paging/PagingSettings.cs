namespace LetterTracker.Api.Common.Paging;

/// <summary>The "Paging" configuration section.</summary>
public sealed class PagingSettings
{
    public const string Section = "Paging";

    public int DefaultLimit { get; set; } = 50;
    public int MaxLimit { get; set; } = 200;
}
