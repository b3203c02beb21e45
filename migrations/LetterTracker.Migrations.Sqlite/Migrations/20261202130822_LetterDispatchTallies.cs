using System;
using System.Linq;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterTracker.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// LetterDispatchTallies: each letter's dispatches by status, one row per letter, kept by triggers in
    /// the same transaction as every write to Dispatches (the letter list shows these counts), and the
    /// counts of the dispatches already there. A later migration that rebuilds Dispatches must create
    /// the triggers again.
    /// </summary>
    public partial class LetterDispatchTallies : Migration
    {
        // Written out rather than read from the model: a migration stays as it was applied.
        private static readonly string[] Statuses = ["Draft", "Sent", "Delivered", "Acknowledged", "Responded", "Referred", "Declined", "Closed"];

        private static string Columns => string.Join(", ", Statuses.Select(s => $"\"{s}\""));

        /// <summary>Each status column plus or minus whether the row has that status.</summary>
        private static string Changes(string row, char sign) =>
            string.Join(", ", Statuses.Select(s => $"\"{s}\" = \"{s}\" {sign} ({row}.\"Status\" = '{s}')"));

        private static string Add => $"""
            INSERT INTO "LetterDispatchTallies" ("LetterId", {Columns})
            VALUES (NEW."LetterId", {string.Join(", ", Statuses.Select(s => $"NEW.\"Status\" = '{s}'"))})
            ON CONFLICT ("LetterId") DO UPDATE SET {string.Join(", ", Statuses.Select(s => $"\"{s}\" = \"{s}\" + excluded.\"{s}\""))};
            """;

        private static string Remove => $"""
            UPDATE "LetterDispatchTallies" SET {Changes("OLD", '-')} WHERE "LetterId" = OLD."LetterId";
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LetterDispatchTallies",
                columns: table => new
                {
                    LetterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Draft = table.Column<int>(type: "INTEGER", nullable: false),
                    Sent = table.Column<int>(type: "INTEGER", nullable: false),
                    Delivered = table.Column<int>(type: "INTEGER", nullable: false),
                    Acknowledged = table.Column<int>(type: "INTEGER", nullable: false),
                    Responded = table.Column<int>(type: "INTEGER", nullable: false),
                    Referred = table.Column<int>(type: "INTEGER", nullable: false),
                    Declined = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LetterDispatchTallies", x => x.LetterId);
                    table.ForeignKey(
                        name: "FK_LetterDispatchTallies_Letters_LetterId",
                        column: x => x.LetterId,
                        principalTable: "Letters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.Sql($"""
                INSERT INTO "LetterDispatchTallies" ("LetterId", {Columns})
                SELECT "LetterId", {string.Join(", ", Statuses.Select(s => $"SUM(\"Status\" = '{s}')"))}
                FROM "Dispatches" GROUP BY "LetterId";
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "TR_Dispatches_LetterTallyInsert" AFTER INSERT ON "Dispatches"
                BEGIN
                {Add}
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "TR_Dispatches_LetterTallyDelete" AFTER DELETE ON "Dispatches"
                BEGIN
                {Remove}
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "TR_Dispatches_LetterTallyUpdate" AFTER UPDATE OF "Status", "LetterId" ON "Dispatches"
                WHEN OLD."Status" IS NOT NEW."Status" OR OLD."LetterId" IS NOT NEW."LetterId"
                BEGIN
                {Remove}
                {Add}
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "TR_Dispatches_LetterTallyUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER "TR_Dispatches_LetterTallyDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER "TR_Dispatches_LetterTallyInsert";""");
            migrationBuilder.DropTable(
                name: "LetterDispatchTallies");
        }
    }
}
