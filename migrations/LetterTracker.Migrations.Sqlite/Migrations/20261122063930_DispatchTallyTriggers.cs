using LetterTracker.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterTracker.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Triggers that keep DispatchTallies exact in the same transaction as every write to Dispatches,
    /// whichever code path makes it (API, seed, raw SQL), and the counts of the dispatches already
    /// there. SQL only, no model change: a migration of its own because SQLite cannot create them in
    /// DispatchTracking, whose rebuild of Dispatches (EF's way of adding a constraint on SQLite) runs
    /// after everything else in it and drops the table's triggers. A later migration that rebuilds
    /// Dispatches must create them again; a test checks they exist after every migration.
    /// </summary>
    [DbContext(typeof(LetterTrackerDbContext))]
    [Migration("20261122063930_DispatchTallyTriggers")]
    public partial class DispatchTallyTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Rows that fall to zero stay (a zero is exact too); they go with their recipient.
            migrationBuilder.Sql("""
                INSERT INTO "DispatchTallies" ("RecipientId", "Status", "Count")
                SELECT "RecipientId", "Status", COUNT(*) FROM "Dispatches" GROUP BY "RecipientId", "Status";
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Dispatches_TallyInsert" AFTER INSERT ON "Dispatches"
                BEGIN
                    INSERT INTO "DispatchTallies" ("RecipientId", "Status", "Count") VALUES (NEW."RecipientId", NEW."Status", 1)
                    ON CONFLICT ("RecipientId", "Status") DO UPDATE SET "Count" = "Count" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Dispatches_TallyDelete" AFTER DELETE ON "Dispatches"
                BEGIN
                    UPDATE "DispatchTallies" SET "Count" = "Count" - 1
                    WHERE "RecipientId" = OLD."RecipientId" AND "Status" = OLD."Status";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Dispatches_TallyUpdate" AFTER UPDATE OF "Status", "RecipientId" ON "Dispatches"
                WHEN OLD."Status" IS NOT NEW."Status" OR OLD."RecipientId" IS NOT NEW."RecipientId"
                BEGIN
                    UPDATE "DispatchTallies" SET "Count" = "Count" - 1
                    WHERE "RecipientId" = OLD."RecipientId" AND "Status" = OLD."Status";
                    INSERT INTO "DispatchTallies" ("RecipientId", "Status", "Count") VALUES (NEW."RecipientId", NEW."Status", 1)
                    ON CONFLICT ("RecipientId", "Status") DO UPDATE SET "Count" = "Count" + 1;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "TR_Dispatches_TallyUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER "TR_Dispatches_TallyDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER "TR_Dispatches_TallyInsert";""");
            migrationBuilder.Sql("""DELETE FROM "DispatchTallies";""");
        }
    }
}
