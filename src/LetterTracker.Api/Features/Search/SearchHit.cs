namespace LetterTracker.Api.Features.Search;

/// <summary>A row of a ranked search, as the index query returns it.</summary>
/// <param name="Type">The record's type as the index names it (<see cref="SearchTypes.IndexName"/>).</param>
/// <param name="Id">The record's id.</param>
/// <param name="Title">The indexed title.</param>
/// <param name="Snippet">The matching excerpt, matched words between <see cref="SearchIndex.Mark"/>s.</param>
/// <param name="Score">Lower is better: FTS5's BM25 rank, or the negated ts_rank on PostgreSQL.</param>
/// <param name="WindowLo">The lowest index key (FTS5 rowid, or record id on PostgreSQL) of the window the row was ranked in, as text.</param>
/// <param name="WindowTop">The highest index key of that window, as text.</param>
/// <param name="WindowSize">How many matches the window holds (fewer than <see cref="SearchIndex.WindowSize"/>: it was the last).</param>
public sealed record SearchHit(string Type, Guid Id, string Title, string Snippet, double Score, string WindowLo, string WindowTop, int WindowSize);

/// <summary>Where a page of search results ended: the window it was in, and the last row's rank in it.</summary>
public sealed record SearchPosition(string WindowLo, string WindowTop, double Score, Guid Id);
