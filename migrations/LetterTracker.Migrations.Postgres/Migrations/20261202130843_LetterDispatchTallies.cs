using System;
using System.Linq;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterTracker.Migrations.Postgres.Migrations
{
    /// <summary>
    /// LetterDispatchTallies: each letter's dispatches by status, one row per letter, kept by a trigger in
    /// the same transaction as every write to Dispatches (the letter list shows these counts), and the
    /// counts of the dispatches already there. Applied at once, not at commit like the overview's
    /// counters: a letter's row is contended only by writes to that letter's dispatches.
    /// </summary>
    public partial class LetterDispatchTallies : Migration
    {
        // Written out rather than read from the model: a migration stays as it was applied.
        private static readonly string[] Statuses = ["Draft", "Sent", "Delivered", "Acknowledged", "Responded", "Referred", "Declined", "Closed"];

        private static string Columns => string.Join(", ", Statuses.Select(s => $"\"{s}\""));

        private static string Counts(string row) => string.Join(", ", Statuses.Select(s => $"({row}.\"Status\" = '{s}')::int"));

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LetterDispatchTallies",
                columns: table => new
                {
                    LetterId = table.Column<Guid>(type: "uuid", nullable: false),
                    Draft = table.Column<int>(type: "integer", nullable: false),
                    Sent = table.Column<int>(type: "integer", nullable: false),
                    Delivered = table.Column<int>(type: "integer", nullable: false),
                    Acknowledged = table.Column<int>(type: "integer", nullable: false),
                    Responded = table.Column<int>(type: "integer", nullable: false),
                    Referred = table.Column<int>(type: "integer", nullable: false),
                    Declined = table.Column<int>(type: "integer", nullable: false),
                    Closed = table.Column<int>(type: "integer", nullable: false)
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
                SELECT "LetterId", {string.Join(", ", Statuses.Select(s => $"COUNT(*) FILTER (WHERE \"Status\" = '{s}')"))}
                FROM "Dispatches" GROUP BY "LetterId";
                """);
            migrationBuilder.Sql($$"""
                CREATE FUNCTION "LetterDispatchTallies_Keep"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'UPDATE' AND OLD."Status" = NEW."Status" AND OLD."LetterId" = NEW."LetterId" THEN
                        RETURN NULL;
                    END IF;
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        UPDATE "LetterDispatchTallies" SET {{string.Join(", ", Statuses.Select(s => $"\"{s}\" = \"{s}\" - (OLD.\"Status\" = '{s}')::int"))}}
                        WHERE "LetterId" = OLD."LetterId";
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        INSERT INTO "LetterDispatchTallies" AS t ("LetterId", {{Columns}}) VALUES (NEW."LetterId", {{Counts("NEW")}})
                        ON CONFLICT ("LetterId") DO UPDATE SET {{string.Join(", ", Statuses.Select(s => $"\"{s}\" = t.\"{s}\" + EXCLUDED.\"{s}\""))}};
                    END IF;
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER "TR_Dispatches_LetterTally" AFTER INSERT OR DELETE OR UPDATE OF "Status", "LetterId" ON "Dispatches"
                FOR EACH ROW EXECUTE FUNCTION "LetterDispatchTallies_Keep"();
                """);
            // TRUNCATE fires no row triggers: emptying Dispatches empties the counters with it.
            migrationBuilder.Sql("""
                CREATE FUNCTION "LetterDispatchTallies_Clear"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM "LetterDispatchTallies";
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER "TR_Dispatches_LetterTallyTruncate" AFTER TRUNCATE ON "Dispatches"
                FOR EACH STATEMENT EXECUTE FUNCTION "LetterDispatchTallies_Clear"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "TR_Dispatches_LetterTallyTruncate" ON "Dispatches";
                DROP TRIGGER "TR_Dispatches_LetterTally" ON "Dispatches";
                DROP FUNCTION "LetterDispatchTallies_Clear"();
                DROP FUNCTION "LetterDispatchTallies_Keep"();
                """);
            migrationBuilder.DropTable(
                name: "LetterDispatchTallies");
        }
    }
}
