namespace LetterTracker.Api.Features.Search;

/// <summary>The kinds of record the search index holds.</summary>
public enum SearchType
{
    Letter,
    Incident,
    Organisation,
    Recipient,
    Source,
}

public static class SearchTypes
{
    /// <summary>The name the index stores for a type (the "Type" column the migrations' triggers fill).</summary>
    public static string IndexName(this SearchType type) => type switch
    {
        SearchType.Letter => "letter",
        SearchType.Incident => "incident",
        SearchType.Organisation => "organisation",
        SearchType.Recipient => "recipient",
        SearchType.Source => "source",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The type the index (and ?type=) names so; null for any other name.</summary>
    public static SearchType? Named(string name) =>
        Enum.GetValues<SearchType>().Cast<SearchType?>().FirstOrDefault(t => t!.Value.IndexName() == name);
}
