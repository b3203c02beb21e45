using LetterTracker.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterTracker.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Triggers that keep DispatchTallies exact in the same transaction as every write to Dispatches,
    /// whichever code path makes it (API, seed, raw SQL), and the counts of the dispatches already
    /// there. SQL only, no model change; a migration of its own, as on SQLite (where DispatchTracking
    /// rebuilds Dispatches after anything added to it, dropping its triggers).
    /// </summary>
    [DbContext(typeof(LetterTrackerDbContext))]
    [Migration("20261122063940_DispatchTallyTriggers")]
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
            // Concurrent writers lose no count: each change is one atomic row update or upsert, which
            // waits for another writer's uncommitted change to the same counter and adds to its result.
            migrationBuilder.Sql("""
                CREATE FUNCTION "DispatchTallies_Count"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        UPDATE "DispatchTallies" SET "Count" = "Count" - 1
                        WHERE "RecipientId" = OLD."RecipientId" AND "Status" = OLD."Status";
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        INSERT INTO "DispatchTallies" ("RecipientId", "Status", "Count") VALUES (NEW."RecipientId", NEW."Status", 1)
                        ON CONFLICT ("RecipientId", "Status") DO UPDATE SET "Count" = "DispatchTallies"."Count" + 1;
                    END IF;
                    RETURN NULL;
                END
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Dispatches_TallyInsertDelete" AFTER INSERT OR DELETE ON "Dispatches"
                FOR EACH ROW EXECUTE FUNCTION "DispatchTallies_Count"();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Dispatches_TallyUpdate" AFTER UPDATE OF "Status", "RecipientId" ON "Dispatches"
                FOR EACH ROW WHEN (OLD."Status" IS DISTINCT FROM NEW."Status" OR OLD."RecipientId" IS DISTINCT FROM NEW."RecipientId")
                EXECUTE FUNCTION "DispatchTallies_Count"();
                """);
            // TRUNCATE fires no row triggers: emptying Dispatches empties the counters with it.
            migrationBuilder.Sql("""
                CREATE FUNCTION "DispatchTallies_Clear"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM "DispatchTallies";
                    RETURN NULL;
                END
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Dispatches_TallyTruncate" AFTER TRUNCATE ON "Dispatches"
                FOR EACH STATEMENT EXECUTE FUNCTION "DispatchTallies_Clear"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "TR_Dispatches_TallyTruncate" ON "Dispatches";""");
            migrationBuilder.Sql("""DROP TRIGGER "TR_Dispatches_TallyUpdate" ON "Dispatches";""");
            migrationBuilder.Sql("""DROP TRIGGER "TR_Dispatches_TallyInsertDelete" ON "Dispatches";""");
            migrationBuilder.Sql("""DROP FUNCTION "DispatchTallies_Clear"();""");
            migrationBuilder.Sql("""DROP FUNCTION "DispatchTallies_Count"();""");
            migrationBuilder.Sql("""DELETE FROM "DispatchTallies";""");
        }
    }
}
