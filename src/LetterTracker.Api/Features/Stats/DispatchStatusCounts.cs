namespace LetterTracker.Api.Features.Stats;

/// <summary>How many dispatches are in each status; every status is present, zeros included.</summary>
/// <param name="Draft">Not sent yet.</param>
/// <param name="Sent">Sent, no news since.</param>
/// <param name="Delivered">Known to have arrived.</param>
/// <param name="Acknowledged">The recipient confirmed receipt; a reply is still awaited.</param>
/// <param name="Responded">The recipient answered.</param>
/// <param name="Referred">The recipient passed the letter on to another body.</param>
/// <param name="Declined">The recipient refused to act.</param>
/// <param name="Closed">Closed: no longer followed up.</param>
public sealed record DispatchStatusCounts(
    int Draft, int Sent, int Delivered, int Acknowledged, int Responded, int Referred, int Declined, int Closed)
{
    /// <summary>Shown in Swagger: the seeded letter's 13 dispatches, after a few replies.</summary>
    public static DispatchStatusCounts Example { get; } = new(0, 7, 2, 1, 1, 1, 1, 0);

    /// <summary>No dispatch at all.</summary>
    public static DispatchStatusCounts None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);
}
