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
    /// <remarks>
    /// Concurrent writers must neither lose a count nor deadlock. Each row trigger only notes its change
    /// (+1 for the new recipient and status, −1 for the old) in DispatchTallyChanges, an insert that
    /// blocks no one; at commit, a deferred trigger applies the transaction's net changes with atomic
    /// upserts, in one order (recipient, status) shared by every transaction. Updating the counters
    /// straight from the row triggers deadlocked: two letters to the same bodies lock their counters in
    /// their dispatches' (random) id order.
    /// </remarks>
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
            // Rows live only inside their transaction (applied and deleted at its commit): no WAL needed.
            migrationBuilder.Sql("""
                CREATE UNLOGGED TABLE "DispatchTallyChanges" (
                    "Transaction" bigint NOT NULL DEFAULT txid_current(),
                    "RecipientId" uuid NOT NULL,
                    "Status" character varying(40) NOT NULL,
                    "Change" integer NOT NULL);
                CREATE INDEX "IX_DispatchTallyChanges_Transaction" ON "DispatchTallyChanges" ("Transaction");
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION "DispatchTallies_Note"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        INSERT INTO "DispatchTallyChanges" ("RecipientId", "Status", "Change") VALUES (OLD."RecipientId", OLD."Status", -1);
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        INSERT INTO "DispatchTallyChanges" ("RecipientId", "Status", "Change") VALUES (NEW."RecipientId", NEW."Status", 1);
                    END IF;
                    RETURN NULL;
                END
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION "DispatchTallies_Apply"() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    net record;
                BEGIN
                    -- The first firing at commit applies everything; the others find nothing left.
                    FOR net IN
                        SELECT "RecipientId", "Status", SUM("Change")::integer AS "Change" FROM "DispatchTallyChanges"
                        WHERE "Transaction" = txid_current()
                        GROUP BY "RecipientId", "Status" HAVING SUM("Change") <> 0
                        ORDER BY "RecipientId", "Status"
                    LOOP
                        IF net."Change" > 0 THEN
                            INSERT INTO "DispatchTallies" ("RecipientId", "Status", "Count") VALUES (net."RecipientId", net."Status", net."Change")
                            ON CONFLICT ("RecipientId", "Status") DO UPDATE SET "Count" = "DispatchTallies"."Count" + EXCLUDED."Count";
                        ELSE
                            UPDATE "DispatchTallies" SET "Count" = "Count" + net."Change"
                            WHERE "RecipientId" = net."RecipientId" AND "Status" = net."Status";
                        END IF;
                    END LOOP;
                    DELETE FROM "DispatchTallyChanges" WHERE "Transaction" = txid_current();
                    RETURN NULL;
                END
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Dispatches_TallyInsertDelete" AFTER INSERT OR DELETE ON "Dispatches"
                FOR EACH ROW EXECUTE FUNCTION "DispatchTallies_Note"();
                CREATE TRIGGER "TR_Dispatches_TallyUpdate" AFTER UPDATE OF "Status", "RecipientId" ON "Dispatches"
                FOR EACH ROW WHEN (OLD."Status" IS DISTINCT FROM NEW."Status" OR OLD."RecipientId" IS DISTINCT FROM NEW."RecipientId")
                EXECUTE FUNCTION "DispatchTallies_Note"();
                CREATE CONSTRAINT TRIGGER "TR_DispatchTallyChanges_Apply" AFTER INSERT ON "DispatchTallyChanges"
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "DispatchTallies_Apply"();
                """);
            // TRUNCATE fires no row triggers: emptying Dispatches empties the counters with it.
            migrationBuilder.Sql("""
                CREATE FUNCTION "DispatchTallies_Clear"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM "DispatchTallyChanges" WHERE "Transaction" = txid_current();
                    DELETE FROM "DispatchTallies";
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER "TR_Dispatches_TallyTruncate" AFTER TRUNCATE ON "Dispatches"
                FOR EACH STATEMENT EXECUTE FUNCTION "DispatchTallies_Clear"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "TR_Dispatches_TallyTruncate" ON "Dispatches";
                DROP TRIGGER "TR_Dispatches_TallyUpdate" ON "Dispatches";
                DROP TRIGGER "TR_Dispatches_TallyInsertDelete" ON "Dispatches";
                DROP TABLE "DispatchTallyChanges";
                DROP FUNCTION "DispatchTallies_Clear"();
                DROP FUNCTION "DispatchTallies_Apply"();
                DROP FUNCTION "DispatchTallies_Note"();
                DELETE FROM "DispatchTallies";
                """);
        }
    }
}
