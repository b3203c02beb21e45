using System.Globalization;
using Microsoft.Data.Sqlite;

namespace LetterTracker.Api.Tests.Integrity;

/// <summary>
/// The crash test's SQLite file, read directly: what is stored, and whether what one write keeps in
/// several places (counters, the search index, a dispatch's status and its events) agrees.
/// </summary>
public sealed class CrashDatabase(string path)
{
    // No pooling: no connection outlives a check to hold the file while the server starts on it.
    private string ConnectionString => new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();

    /// <summary>The id of the row whose column holds exactly this (unique) text, if any.</summary>
    public async Task<Guid?> IdWhereAsync(string table, string column, string value)
    {
        var rows = await QueryAsync($"SELECT \"Id\" FROM \"{table}\" WHERE \"{column}\" = $value", ("$value", value));
        return rows.Count == 0 ? null : Guid.Parse((string)Assert.Single(rows)[0]!);
    }

    public async Task<HashSet<Guid>> IdsAsync(string table) =>
        [.. (await QueryAsync($"SELECT \"Id\" FROM \"{table}\"")).Select(r => Guid.Parse((string)r[0]!))];

    public async Task<List<object?[]>> QueryAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var rows = new List<object?[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>PRAGMA integrity_check and foreign_key_check: the file is sound and no row points at nothing.</summary>
    public async Task AssertSoundAsync()
    {
        var integrity = await QueryAsync("PRAGMA integrity_check");
        Assert.Equal("ok", Assert.Single(integrity)[0]);
        var dangling = await QueryAsync("PRAGMA foreign_key_check");
        Assert.True(dangling.Count == 0, "Rows point at nothing: " + string.Join("; ", dangling.Select(Line)));
    }

    /// <summary>The per-recipient counters equal a live GROUP BY over the dispatches (zero counters aside).</summary>
    public async Task AssertTalliesMatchDispatchesAsync()
    {
        var tallies = await QueryAsync("""SELECT "RecipientId", "Status", "Count" FROM "DispatchTallies" WHERE "Count" <> 0 ORDER BY 1, 2""");
        var grouped = await QueryAsync("""SELECT "RecipientId", "Status", COUNT(*) FROM "Dispatches" GROUP BY 1, 2 ORDER BY 1, 2""");
        Assert.Equal(grouped.Select(Line), tallies.Select(Line));
    }

    /// <summary>The search index has exactly one row per searchable record, and its FTS rows are those rows.</summary>
    public async Task AssertSearchIndexMatchesRecordsAsync()
    {
        foreach (var (type, table) in new[] { ("letter", "Letters"), ("incident", "Incidents"), ("organisation", "Organisations"), ("recipient", "Recipients"), ("source", "Sources") })
        {
            var records = await QueryAsync($"""SELECT "Id" FROM "{table}" ORDER BY 1""");
            var indexed = await QueryAsync("""SELECT "RecordId" FROM "SearchIndexRows" WHERE "Type" = $type ORDER BY 1""", ("$type", type));
            Assert.Equal(records.Select(Line), indexed.Select(Line));
        }

        var rows = await QueryAsync("""SELECT "RowId", "Type", "RecordId" FROM "SearchIndexRows" ORDER BY 1""");
        var fts = await QueryAsync("""SELECT rowid, "Type", "RecordId" FROM "SearchIndex" ORDER BY 1""");
        Assert.Equal(rows.Select(Line), fts.Select(Line));
    }

    /// <summary>
    /// Each dispatch's status is where its events took it: the furthest status any of them moved it to
    /// (statuses only move forward, and an outcome is final), else sent, as its letter was; its first
    /// reply is dated by its earliest answer; a referral's dispatch exists exactly when its event does.
    /// </summary>
    public async Task AssertDispatchesAgreeWithTheirEventsAsync()
    {
        var rank = new Dictionary<string, int>
        {
            ["Sent"] = 1,
            ["Delivered"] = 2,
            ["Acknowledged"] = 3,
            ["Responded"] = 4,
            ["Referred"] = 4,
            ["Declined"] = 4,
            ["Closed"] = 4,
        };
        var events = (await QueryAsync("""SELECT "DispatchId", "Type", "At" FROM "DispatchEvents" """))
            .GroupBy(e => (string)e[0]!).ToDictionary(g => g.Key, g => g.ToList());
        var dispatches = await QueryAsync("""SELECT "Id", "Status", "FirstReplyAt" FROM "Dispatches" """);
        foreach (var dispatch in dispatches)
        {
            var id = (string)dispatch[0]!;
            var own = events.GetValueOrDefault(id) ?? [];
            var expected = own.Select(e => (string)e[1]!).Where(rank.ContainsKey).Append("Sent").MaxBy(t => rank[t]);
            Assert.True(expected == (string)dispatch[1]!, $"Dispatch {id} is {dispatch[1]} but its events ({string.Join(", ", own.Select(e => e[1]))}) take it to {expected}");
            var firstReply = own.Where(e => (string)e[1]! is "Acknowledged" or "Responded" or "Referred" or "Declined").Select(e => (long?)(long)e[2]!).Min();
            Assert.True(firstReply == (long?)dispatch[2], $"Dispatch {id}: firstReplyAt {dispatch[2]}, earliest answer {firstReply}");
        }

        var referrals = await QueryAsync("""
            SELECT e."DispatchId", e."ReferredToRecipientId", e."At", o."Id", o."SentAt",
                   (SELECT COUNT(*) FROM "DispatchEvents" s WHERE s."DispatchId" = o."Id" AND s."Type" = 'Sent')
            FROM "DispatchEvents" e
            LEFT JOIN "Dispatches" o ON o."ReferredFromDispatchId" = e."DispatchId" AND o."RecipientId" = e."ReferredToRecipientId"
            WHERE e."ReferredToRecipientId" IS NOT NULL
            """);
        foreach (var referral in referrals)
        {
            Assert.True(referral[3] is not null && Equals(referral[2], referral[4]) && (long)referral[5]! == 1, $"Referral without its whole dispatch: {Line(referral)}");
        }

        var opened = await QueryAsync("""SELECT COUNT(*) FROM "Dispatches" WHERE "ReferredFromDispatchId" IS NOT NULL""");
        Assert.Equal((long)referrals.Count, (long)Assert.Single(opened)[0]!);
    }

    private static string Line(object?[] row) => string.Join(" ", row.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
}
