using LetterTracker.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterTracker.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Triggers that keep AwaitingReplyTallies (dispatches awaiting a reply by recipient and due day)
    /// and ReplyDelayTallies (first replies by recipient and days waited) exact in the same transaction
    /// as every write to Dispatches, and the counts of the dispatches already there. SQL only, no model
    /// change. A row that falls to zero is deleted, so the overdue sum reads only days with something
    /// still due. A later migration that rebuilds Dispatches must create them again.
    /// </summary>
    [DbContext(typeof(LetterTrackerDbContext))]
    [Migration("20261202051140_DispatchCounterTriggers")]
    public partial class DispatchCounterTriggers : Migration
    {
        /// <summary>A counter: its table, its key column, the Dispatches column it counts by, and when a row counts.</summary>
        private sealed record Counter(string Name, string Table, string Key, string Column, string Counts);

        private static readonly Counter[] Counters =
        [
            new("Awaiting", "AwaitingReplyTallies", "DueOn", "DueOn",
                "{0}.\"DueOn\" IS NOT NULL AND " + AwaitingReplyFilter("{0}")),
            new("ReplyDelay", "ReplyDelayTallies", "Days", "DaysToFirstReply", "{0}.\"DaysToFirstReply\" IS NOT NULL"),
        ];

        // Written out rather than read from the model: a migration stays as it was applied.
        private static string AwaitingReplyFilter(string row) => $"{row}.\"Status\" IN ('Sent', 'Delivered', 'Acknowledged')";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var c in Counters)
            {
                var counts = (string row) => string.Format(c.Counts, row);
                migrationBuilder.Sql($"""
                    INSERT INTO "{c.Table}" ("RecipientId", "{c.Key}", "Count")
                    SELECT "RecipientId", "{c.Column}", COUNT(*) FROM "Dispatches" AS d WHERE {counts("d")}
                    GROUP BY "RecipientId", "{c.Column}";
                    """);
                var add = $"""
                    INSERT INTO "{c.Table}" ("RecipientId", "{c.Key}", "Count")
                    SELECT NEW."RecipientId", NEW."{c.Column}", 1 WHERE {counts("NEW")}
                    ON CONFLICT ("RecipientId", "{c.Key}") DO UPDATE SET "Count" = "Count" + 1;
                    """;
                var remove = $"""
                    UPDATE "{c.Table}" SET "Count" = "Count" - 1
                    WHERE "RecipientId" = OLD."RecipientId" AND "{c.Key}" = OLD."{c.Column}" AND {counts("OLD")};
                    DELETE FROM "{c.Table}" WHERE "RecipientId" = OLD."RecipientId" AND "{c.Key}" = OLD."{c.Column}" AND "Count" = 0;
                    """;
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "TR_Dispatches_{c.Name}Insert" AFTER INSERT ON "Dispatches"
                    BEGIN
                    {add}
                    END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "TR_Dispatches_{c.Name}Delete" AFTER DELETE ON "Dispatches"
                    BEGIN
                    {remove}
                    END;
                    """);
                var columns = c.Name == "Awaiting" ? "\"Status\", \"DueOn\", \"RecipientId\"" : "\"DaysToFirstReply\", \"RecipientId\"";
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "TR_Dispatches_{c.Name}Update" AFTER UPDATE OF {columns} ON "Dispatches"
                    WHEN OLD."RecipientId" IS NOT NEW."RecipientId" OR OLD."{c.Column}" IS NOT NEW."{c.Column}"
                        OR ({counts("OLD")}) IS NOT ({counts("NEW")})
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
                migrationBuilder.Sql($"""DROP TRIGGER "TR_Dispatches_{c.Name}Update";""");
                migrationBuilder.Sql($"""DROP TRIGGER "TR_Dispatches_{c.Name}Delete";""");
                migrationBuilder.Sql($"""DROP TRIGGER "TR_Dispatches_{c.Name}Insert";""");
                migrationBuilder.Sql($"""DELETE FROM "{c.Table}";""");
            }
        }
    }
}
