using LetterTracker.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterTracker.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Triggers that keep AwaitingReplyDayTallies (dispatches awaiting a reply by due day),
    /// AwaitingReplyTotals (the same by recipient) and LetterTallies (letters by status) exact in the
    /// same transaction as every write to Dispatches and Letters, and the counts of the rows already
    /// there. SQL only, no model change. A row that falls to zero is deleted. A later migration that
    /// rebuilds Dispatches or Letters must create them again.
    /// </summary>
    [DbContext(typeof(LetterTrackerDbContext))]
    [Migration("20261202060900_OverviewCounterTriggers")]
    public partial class OverviewCounterTriggers : Migration
    {
        /// <summary>A counter: its table and key column, the table and column it counts by, the columns an update must touch, and when a row counts.</summary>
        private sealed record Counter(string Name, string Table, string Key, string Source, string Column, string Watched, string Counts);

        // Written out rather than read from the model: a migration stays as it was applied.
        private const string Awaiting = "{0}.\"DueOn\" IS NOT NULL AND {0}.\"Status\" IN ('Sent', 'Delivered', 'Acknowledged')";

        private static readonly Counter[] Counters =
        [
            new("AwaitingDay", "AwaitingReplyDayTallies", "DueOn", "Dispatches", "DueOn", "\"Status\", \"DueOn\"", Awaiting),
            new("AwaitingTotal", "AwaitingReplyTotals", "RecipientId", "Dispatches", "RecipientId", "\"Status\", \"DueOn\", \"RecipientId\"", Awaiting),
            new("Tally", "LetterTallies", "Status", "Letters", "Status", "\"Status\"", "1"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var c in Counters)
            {
                var counts = (string row) => string.Format(c.Counts, row);
                migrationBuilder.Sql($"""
                    INSERT INTO "{c.Table}" ("{c.Key}", "Count")
                    SELECT "{c.Column}", COUNT(*) FROM "{c.Source}" AS s WHERE {counts("s")} GROUP BY "{c.Column}";
                    """);
                var add = $"""
                    INSERT INTO "{c.Table}" ("{c.Key}", "Count") SELECT NEW."{c.Column}", 1 WHERE {counts("NEW")}
                    ON CONFLICT ("{c.Key}") DO UPDATE SET "Count" = "Count" + 1;
                    """;
                var remove = $"""
                    UPDATE "{c.Table}" SET "Count" = "Count" - 1 WHERE "{c.Key}" = OLD."{c.Column}" AND {counts("OLD")};
                    DELETE FROM "{c.Table}" WHERE "{c.Key}" = OLD."{c.Column}" AND "Count" = 0;
                    """;
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "TR_{c.Source}_{c.Name}Insert" AFTER INSERT ON "{c.Source}"
                    BEGIN
                    {add}
                    END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "TR_{c.Source}_{c.Name}Delete" AFTER DELETE ON "{c.Source}"
                    BEGIN
                    {remove}
                    END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "TR_{c.Source}_{c.Name}Update" AFTER UPDATE OF {c.Watched} ON "{c.Source}"
                    WHEN OLD."{c.Column}" IS NOT NEW."{c.Column}" OR ({counts("OLD")}) IS NOT ({counts("NEW")})
                    BEGIN
                    {remove}
                    {add}
                    END;
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var c in Counters)
            {
                migrationBuilder.Sql($"""DROP TRIGGER "TR_{c.Source}_{c.Name}Update";""");
                migrationBuilder.Sql($"""DROP TRIGGER "TR_{c.Source}_{c.Name}Delete";""");
                migrationBuilder.Sql($"""DROP TRIGGER "TR_{c.Source}_{c.Name}Insert";""");
                migrationBuilder.Sql($"""DELETE FROM "{c.Table}";""");
            }
        }
    }
}
