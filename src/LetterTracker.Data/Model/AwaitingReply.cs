namespace LetterTracker.Data.Model;

/// <summary>
/// The statuses in which a dispatch still awaits a reply, in code and as the SQL that the partial
/// indexes and counter triggers over them use. Queries must name these statuses as the same literals
/// in the same order: SQLite uses a partial index only when the query's WHERE repeats its condition.
/// </summary>
public static class AwaitingReply
{
    public static readonly DispatchStatus[] Statuses = [DispatchStatus.Sent, DispatchStatus.Delivered, DispatchStatus.Acknowledged];

    /// <summary>"Status" IN ('Sent', 'Delivered', 'Acknowledged'): enums are stored by name.</summary>
    public static string Filter(string column = "\"Status\"") =>
        $"{column} IN ({string.Join(", ", Statuses.Select(s => $"'{s}'"))})";
}
