namespace LetterTracker.Api.Features.Search;

/// <summary>A row of a ranked search, as the index query returns it.</summary>
/// <param name="Type">The record's type as the index names it (<see cref="SearchTypes.IndexName"/>).</param>
/// <param name="Id">The record's id.</param>
/// <param name="Title">The indexed title.</param>
/// <param name="Snippet">The matching excerpt, matched words between <see cref="SearchIndex.Mark"/>s.</param>
/// <param name="Score">Lower is better: FTS5's BM25 rank, or the negated ts_rank on PostgreSQL.</param>
public sealed record SearchHit(string Type, Guid Id, string Title, string Snippet, double Score);
