using LetterTracker.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterTracker.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Triggers that keep AwaitingReplyTotals (dispatches awaiting a reply with a due date, by
    /// recipient), AwaitingReplyDayTallies (the same by due day) and LetterTallies (letters by status)
    /// exact in the same transaction as every write to Dispatches and Letters, and the counts of the
    /// rows already there. SQL only, no model change. A row that falls to zero is deleted.
    /// </summary>
    /// <remarks>
    /// As for DispatchTallies (see DispatchTallyTriggers): row triggers only note their changes, and a
    /// deferred trigger applies a transaction's net changes at commit, in one order (counter, key)
    /// shared by every transaction, so that concurrent writers neither lose a count nor deadlock over
    /// one counter's rows. A dispatch noted here is always noted by DispatchCounterTriggers first (its trigger
    /// name sorts first), so these counters are applied after those of that migration.
    /// </remarks>
    [DbContext(typeof(LetterTrackerDbContext))]
    [Migration("20261202060900_OverviewCounterTriggers")]
    public partial class OverviewCounterTriggers : Migration
    {
        // Written out rather than read from the model: a migration stays as it was applied.
        private const string Awaiting = """{0}."DueOn" IS NOT NULL AND {0}."Status" IN ('Sent', 'Delivered', 'Acknowledged')""";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                INSERT INTO "AwaitingReplyTotals" ("RecipientId", "Count")
                SELECT "RecipientId", COUNT(*) FROM "Dispatches" AS d WHERE {string.Format(Awaiting, "d")} GROUP BY "RecipientId";
                INSERT INTO "AwaitingReplyDayTallies" ("DueOn", "Count")
                SELECT "DueOn", COUNT(*) FROM "Dispatches" AS d WHERE {string.Format(Awaiting, "d")} GROUP BY "DueOn";
                INSERT INTO "LetterTallies" ("Status", "Count") SELECT "Status", COUNT(*) FROM "Letters" GROUP BY "Status";
                """);

            // Rows live only inside their transaction (applied and deleted at its commit): no WAL needed.
            migrationBuilder.Sql("""
                CREATE UNLOGGED TABLE "AwaitingReplyChanges" (
                    "Transaction" bigint NOT NULL DEFAULT txid_current(),
                    "RecipientId" uuid NOT NULL,
                    "DueOn" date NOT NULL,
                    "Change" integer NOT NULL);
                CREATE INDEX "IX_AwaitingReplyChanges_Transaction" ON "AwaitingReplyChanges" ("Transaction");
                CREATE UNLOGGED TABLE "LetterCounterChanges" (
                    "Transaction" bigint NOT NULL DEFAULT txid_current(),
                    "Status" character varying(40) NOT NULL,
                    "Change" integer NOT NULL);
                CREATE INDEX "IX_LetterCounterChanges_Transaction" ON "LetterCounterChanges" ("Transaction");
                """);
            migrationBuilder.Sql($$"""
                CREATE FUNCTION "AwaitingReply_Note"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        INSERT INTO "AwaitingReplyChanges" ("RecipientId", "DueOn", "Change")
                        SELECT OLD."RecipientId", OLD."DueOn", -1 WHERE {{string.Format(Awaiting, "OLD")}};
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        INSERT INTO "AwaitingReplyChanges" ("RecipientId", "DueOn", "Change")
                        SELECT NEW."RecipientId", NEW."DueOn", 1 WHERE {{string.Format(Awaiting, "NEW")}};
                    END IF;
                    RETURN NULL;
                END
                $$;
                CREATE FUNCTION "LetterCounters_Note"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        INSERT INTO "LetterCounterChanges" ("Status", "Change") VALUES (OLD."Status", -1);
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        INSERT INTO "LetterCounterChanges" ("Status", "Change") VALUES (NEW."Status", 1);
                    END IF;
                    RETURN NULL;
                END
                $$;
                """);
            var awaiting = string.Join("\n", new[] { ("AwaitingReplyTotals", "RecipientId"), ("AwaitingReplyDayTallies", "DueOn") }
                .Select(c => Apply("AwaitingReplyChanges", c.Item1, c.Item2)));
            migrationBuilder.Sql($$"""
                CREATE FUNCTION "AwaitingReply_Apply"() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    net record;
                BEGIN
                    -- The first firing at commit applies everything; the others find nothing left.
                {{awaiting}}
                    DELETE FROM "AwaitingReplyChanges" WHERE "Transaction" = txid_current();
                    RETURN NULL;
                END
                $$;
                CREATE FUNCTION "LetterCounters_Apply"() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    net record;
                BEGIN
                {{Apply("LetterCounterChanges", "LetterTallies", "Status")}}
                    DELETE FROM "LetterCounterChanges" WHERE "Transaction" = txid_current();
                    RETURN NULL;
                END
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Dispatches_OverviewInsertDelete" AFTER INSERT OR DELETE ON "Dispatches"
                FOR EACH ROW EXECUTE FUNCTION "AwaitingReply_Note"();
                CREATE TRIGGER "TR_Dispatches_OverviewUpdate" AFTER UPDATE OF "Status", "DueOn", "RecipientId" ON "Dispatches"
                FOR EACH ROW WHEN (OLD."Status" IS DISTINCT FROM NEW."Status" OR OLD."DueOn" IS DISTINCT FROM NEW."DueOn"
                    OR OLD."RecipientId" IS DISTINCT FROM NEW."RecipientId")
                EXECUTE FUNCTION "AwaitingReply_Note"();
                CREATE CONSTRAINT TRIGGER "TR_AwaitingReplyChanges_Apply" AFTER INSERT ON "AwaitingReplyChanges"
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "AwaitingReply_Apply"();
                CREATE TRIGGER "TR_Letters_TallyInsertDelete" AFTER INSERT OR DELETE ON "Letters"
                FOR EACH ROW EXECUTE FUNCTION "LetterCounters_Note"();
                CREATE TRIGGER "TR_Letters_TallyUpdate" AFTER UPDATE OF "Status" ON "Letters"
                FOR EACH ROW WHEN (OLD."Status" IS DISTINCT FROM NEW."Status") EXECUTE FUNCTION "LetterCounters_Note"();
                CREATE CONSTRAINT TRIGGER "TR_LetterCounterChanges_Apply" AFTER INSERT ON "LetterCounterChanges"
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "LetterCounters_Apply"();
                """);
            // TRUNCATE fires no row triggers: emptying a table empties its counters with it.
            migrationBuilder.Sql("""
                CREATE FUNCTION "AwaitingReply_Clear"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM "AwaitingReplyChanges" WHERE "Transaction" = txid_current();
                    DELETE FROM "AwaitingReplyTotals";
                    DELETE FROM "AwaitingReplyDayTallies";
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER "TR_Dispatches_OverviewTruncate" AFTER TRUNCATE ON "Dispatches"
                FOR EACH STATEMENT EXECUTE FUNCTION "AwaitingReply_Clear"();
                CREATE FUNCTION "LetterCounters_Clear"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM "LetterCounterChanges" WHERE "Transaction" = txid_current();
                    DELETE FROM "LetterTallies";
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER "TR_Letters_TallyTruncate" AFTER TRUNCATE ON "Letters"
                FOR EACH STATEMENT EXECUTE FUNCTION "LetterCounters_Clear"();
                """);
        }

        /// <summary>The loop applying a transaction's net changes to one counter, in key order.</summary>
        private static string Apply(string changes, string table, string key) => $$"""
                FOR net IN
                    SELECT "{{key}}" AS "Key", SUM("Change")::integer AS "Change" FROM "{{changes}}"
                    WHERE "Transaction" = txid_current() GROUP BY "{{key}}" HAVING SUM("Change") <> 0 ORDER BY "{{key}}"
                LOOP
                    IF net."Change" > 0 THEN
                        INSERT INTO "{{table}}" ("{{key}}", "Count") VALUES (net."Key", net."Change")
                        ON CONFLICT ("{{key}}") DO UPDATE SET "Count" = "{{table}}"."Count" + EXCLUDED."Count";
                    ELSE
                        UPDATE "{{table}}" SET "Count" = "Count" + net."Change" WHERE "{{key}}" = net."Key";
                        DELETE FROM "{{table}}" WHERE "{{key}}" = net."Key" AND "Count" = 0;
                    END IF;
                END LOOP;
            """;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "TR_Letters_TallyTruncate" ON "Letters";
                DROP TRIGGER "TR_Letters_TallyUpdate" ON "Letters";
                DROP TRIGGER "TR_Letters_TallyInsertDelete" ON "Letters";
                DROP TRIGGER "TR_Dispatches_OverviewTruncate" ON "Dispatches";
                DROP TRIGGER "TR_Dispatches_OverviewUpdate" ON "Dispatches";
                DROP TRIGGER "TR_Dispatches_OverviewInsertDelete" ON "Dispatches";
                DROP TABLE "LetterCounterChanges";
                DROP TABLE "AwaitingReplyChanges";
                DROP FUNCTION "LetterCounters_Clear"();
                DROP FUNCTION "AwaitingReply_Clear"();
                DROP FUNCTION "LetterCounters_Apply"();
                DROP FUNCTION "AwaitingReply_Apply"();
                DROP FUNCTION "LetterCounters_Note"();
                DROP FUNCTION "AwaitingReply_Note"();
                DELETE FROM "AwaitingReplyTotals";
                DELETE FROM "AwaitingReplyDayTallies";
                DELETE FROM "LetterTallies";
                """);
        }
    }
}
