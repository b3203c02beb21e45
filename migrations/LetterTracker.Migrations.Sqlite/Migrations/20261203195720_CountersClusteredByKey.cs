using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterTracker.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Stores every counter table WITHOUT ROWID, so its rows lie in the order of its key and carry their
    /// Count. A rowid table keeps its rows in insertion order beside an index of its key: reading a
    /// recipient's counters found each row through the index and then fetched it from wherever the
    /// triggers had put it, one table page per row. A page of statistics read ~2,300 rows of
    /// ReplyDelayTallies that way from ~2,300 scattered pages, more than a connection's page cache holds,
    /// so each request read them from the file again (4.6 ms of SQL; 1.6 ms clustered). Writes update one
    /// B-tree per counter instead of two. SQLite only: PostgreSQL reads its counters through their
    /// primary key indexes, and EF Core has no notion of it, so nothing in the model changes.
    /// </summary>
    /// <remarks>
    /// Each table is copied aside, dropped, created again with the same definition plus WITHOUT ROWID,
    /// and filled back. Not renamed: renaming a table rewrites the triggers on Dispatches and Letters
    /// that write to it, which must keep writing to the name. A later migration that makes EF Core
    /// rebuild one of these tables would drop WITHOUT ROWID: a test reads that each still has it.
    /// </remarks>
    public partial class CountersClusteredByKey : Migration
    {
        /// <summary>The counter tables as the migrations before this one created them (Down restores these).</summary>
        private static readonly (string Table, string Definition)[] Counters =
        [
            ("DispatchTallies", """
                "RecipientId" TEXT NOT NULL,
                "Status" TEXT NOT NULL,
                "Count" INTEGER NOT NULL,
                CONSTRAINT "PK_DispatchTallies" PRIMARY KEY ("RecipientId", "Status"),
                CONSTRAINT "CK_DispatchTallies_Count" CHECK ("Count" >= 0),
                CONSTRAINT "FK_DispatchTallies_Recipients_RecipientId" FOREIGN KEY ("RecipientId") REFERENCES "Recipients" ("Id") ON DELETE CASCADE
                """),
            ("AwaitingReplyTallies", """
                "RecipientId" TEXT NOT NULL,
                "DueOn" TEXT NOT NULL,
                "Count" INTEGER NOT NULL,
                CONSTRAINT "PK_AwaitingReplyTallies" PRIMARY KEY ("RecipientId", "DueOn"),
                CONSTRAINT "CK_AwaitingReplyTallies_Count" CHECK ("Count" >= 0),
                CONSTRAINT "FK_AwaitingReplyTallies_Recipients_RecipientId" FOREIGN KEY ("RecipientId") REFERENCES "Recipients" ("Id") ON DELETE CASCADE
                """),
            ("ReplyDelayTallies", """
                "RecipientId" TEXT NOT NULL,
                "Days" INTEGER NOT NULL,
                "Count" INTEGER NOT NULL,
                CONSTRAINT "PK_ReplyDelayTallies" PRIMARY KEY ("RecipientId", "Days"),
                CONSTRAINT "CK_ReplyDelayTallies_Count" CHECK ("Count" >= 0),
                CONSTRAINT "FK_ReplyDelayTallies_Recipients_RecipientId" FOREIGN KEY ("RecipientId") REFERENCES "Recipients" ("Id") ON DELETE CASCADE
                """),
            ("AwaitingReplyTotals", """
                "RecipientId" TEXT NOT NULL CONSTRAINT "PK_AwaitingReplyTotals" PRIMARY KEY,
                "Count" INTEGER NOT NULL,
                CONSTRAINT "CK_AwaitingReplyTotals_Count" CHECK ("Count" >= 0),
                CONSTRAINT "FK_AwaitingReplyTotals_Recipients_RecipientId" FOREIGN KEY ("RecipientId") REFERENCES "Recipients" ("Id") ON DELETE CASCADE
                """),
            ("AwaitingReplyDayTallies", """
                "DueOn" TEXT NOT NULL CONSTRAINT "PK_AwaitingReplyDayTallies" PRIMARY KEY,
                "Count" INTEGER NOT NULL,
                CONSTRAINT "CK_AwaitingReplyDayTallies_Count" CHECK ("Count" >= 0)
                """),
            ("LetterTallies", """
                "Status" TEXT NOT NULL CONSTRAINT "PK_LetterTallies" PRIMARY KEY,
                "Count" INTEGER NOT NULL,
                CONSTRAINT "CK_LetterTallies_Count" CHECK ("Count" >= 0)
                """),
            ("LetterDispatchTallies", """
                "LetterId" TEXT NOT NULL CONSTRAINT "PK_LetterDispatchTallies" PRIMARY KEY,
                "Draft" INTEGER NOT NULL,
                "Sent" INTEGER NOT NULL,
                "Delivered" INTEGER NOT NULL,
                "Acknowledged" INTEGER NOT NULL,
                "Responded" INTEGER NOT NULL,
                "Referred" INTEGER NOT NULL,
                "Declined" INTEGER NOT NULL,
                "Closed" INTEGER NOT NULL,
                CONSTRAINT "FK_LetterDispatchTallies_Letters_LetterId" FOREIGN KEY ("LetterId") REFERENCES "Letters" ("Id") ON DELETE CASCADE
                """),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, " WITHOUT ROWID");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, "");

        private static void Rebuild(MigrationBuilder migrationBuilder, string options)
        {
            foreach (var (table, definition) in Counters)
            {
                migrationBuilder.Sql($"""
                    CREATE TEMP TABLE "CounterCopy" AS SELECT * FROM "{table}";
                    DROP TABLE "{table}";
                    CREATE TABLE "{table}" (
                    {definition}
                    ){options};
                    INSERT INTO "{table}" SELECT * FROM temp."CounterCopy";
                    DROP TABLE temp."CounterCopy";
                    """);
            }
        }
    }
}
