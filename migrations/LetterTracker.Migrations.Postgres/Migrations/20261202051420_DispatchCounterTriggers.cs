using LetterTracker.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterTracker.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Triggers that keep AwaitingReplyTallies (dispatches awaiting a reply by recipient and due day)
    /// and ReplyDelayTallies (first replies by recipient and days waited) exact in the same transaction
    /// as every write to Dispatches, and the counts of the dispatches already there. SQL only, no model
    /// change. A row that falls to zero is deleted, so the overdue sum reads only days with something
    /// still due.
    /// </summary>
    /// <remarks>
    /// As for DispatchTallies (see DispatchTallyTriggers): row triggers only note their changes, and a
    /// deferred trigger applies a transaction's net changes at commit, in one order (counter, recipient,
    /// key) shared by every transaction, so that concurrent writers neither lose a count nor deadlock.
    /// </remarks>
    [DbContext(typeof(LetterTrackerDbContext))]
    [Migration("20261202051420_DispatchCounterTriggers")]
    public partial class DispatchCounterTriggers : Migration
    {
        /// <summary>A counter: its table, its key column and type, and the change a dispatch row {0} makes to it (NULL key: none).</summary>
        private sealed record Counter(string Table, string Key, string Type, string KeyOf);

        // Written out rather than read from the model: a migration stays as it was applied.
        private static readonly Counter[] Counters =
        [
            new("AwaitingReplyTallies", "DueOn", "date",
                """CASE WHEN {0}."Status" IN ('Sent', 'Delivered', 'Acknowledged') THEN {0}."DueOn" END"""),
            new("ReplyDelayTallies", "Days", "integer", """{0}."DaysToFirstReply" """),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var c in Counters)
            {
                migrationBuilder.Sql($"""
                    INSERT INTO "{c.Table}" ("RecipientId", "{c.Key}", "Count")
                    SELECT "RecipientId", "Key", COUNT(*) FROM (SELECT "RecipientId", {string.Format(c.KeyOf, "d")} AS "Key" FROM "Dispatches" AS d) AS keyed
                    WHERE "Key" IS NOT NULL GROUP BY "RecipientId", "Key";
                    """);
            }

            // Rows live only inside their transaction (applied and deleted at its commit): no WAL needed.
            migrationBuilder.Sql("""
                CREATE UNLOGGED TABLE "DispatchCounterChanges" (
                    "Transaction" bigint NOT NULL DEFAULT txid_current(),
                    "RecipientId" uuid NOT NULL,
                    "DueOn" date,
                    "Days" integer,
                    "Change" integer NOT NULL);
                CREATE INDEX "IX_DispatchCounterChanges_Transaction" ON "DispatchCounterChanges" ("Transaction");
                """);
            var (awaiting, delay) = (Counters[0], Counters[1]);
            migrationBuilder.Sql($$"""
                CREATE FUNCTION "DispatchCounters_Note"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        INSERT INTO "DispatchCounterChanges" ("RecipientId", "DueOn", "Days", "Change")
                        SELECT OLD."RecipientId", {{string.Format(awaiting.KeyOf, "OLD")}}, {{string.Format(delay.KeyOf, "OLD")}}, -1
                        WHERE {{string.Format(awaiting.KeyOf, "OLD")}} IS NOT NULL OR {{string.Format(delay.KeyOf, "OLD")}} IS NOT NULL;
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        INSERT INTO "DispatchCounterChanges" ("RecipientId", "DueOn", "Days", "Change")
                        SELECT NEW."RecipientId", {{string.Format(awaiting.KeyOf, "NEW")}}, {{string.Format(delay.KeyOf, "NEW")}}, 1
                        WHERE {{string.Format(awaiting.KeyOf, "NEW")}} IS NOT NULL OR {{string.Format(delay.KeyOf, "NEW")}} IS NOT NULL;
                    END IF;
                    RETURN NULL;
                END
                $$;
                """);
            var apply = string.Join("\n", Counters.Select(c => $$"""
                    FOR net IN
                        SELECT "RecipientId", "{{c.Key}}"::text AS "Key", SUM("Change")::integer AS "Change" FROM "DispatchCounterChanges"
                        WHERE "Transaction" = txid_current() AND "{{c.Key}}" IS NOT NULL
                        GROUP BY "RecipientId", "{{c.Key}}" HAVING SUM("Change") <> 0
                        ORDER BY "RecipientId", "{{c.Key}}"
                    LOOP
                        IF net."Change" > 0 THEN
                            INSERT INTO "{{c.Table}}" ("RecipientId", "{{c.Key}}", "Count") VALUES (net."RecipientId", net."Key"::{{c.Type}}, net."Change")
                            ON CONFLICT ("RecipientId", "{{c.Key}}") DO UPDATE SET "Count" = "{{c.Table}}"."Count" + EXCLUDED."Count";
                        ELSE
                            UPDATE "{{c.Table}}" SET "Count" = "Count" + net."Change"
                            WHERE "RecipientId" = net."RecipientId" AND "{{c.Key}}" = net."Key"::{{c.Type}};
                            DELETE FROM "{{c.Table}}"
                            WHERE "RecipientId" = net."RecipientId" AND "{{c.Key}}" = net."Key"::{{c.Type}} AND "Count" = 0;
                        END IF;
                    END LOOP;
                """));
            migrationBuilder.Sql($$"""
                CREATE FUNCTION "DispatchCounters_Apply"() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    net record;
                BEGIN
                    -- The first firing at commit applies everything; the others find nothing left.
                {{apply}}
                    DELETE FROM "DispatchCounterChanges" WHERE "Transaction" = txid_current();
                    RETURN NULL;
                END
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Dispatches_CountersInsertDelete" AFTER INSERT OR DELETE ON "Dispatches"
                FOR EACH ROW EXECUTE FUNCTION "DispatchCounters_Note"();
                CREATE TRIGGER "TR_Dispatches_CountersUpdate" AFTER UPDATE OF "Status", "DueOn", "DaysToFirstReply", "RecipientId" ON "Dispatches"
                FOR EACH ROW WHEN (OLD."Status" IS DISTINCT FROM NEW."Status" OR OLD."DueOn" IS DISTINCT FROM NEW."DueOn"
                    OR OLD."DaysToFirstReply" IS DISTINCT FROM NEW."DaysToFirstReply" OR OLD."RecipientId" IS DISTINCT FROM NEW."RecipientId")
                EXECUTE FUNCTION "DispatchCounters_Note"();
                CREATE CONSTRAINT TRIGGER "TR_DispatchCounterChanges_Apply" AFTER INSERT ON "DispatchCounterChanges"
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "DispatchCounters_Apply"();
                """);
            // TRUNCATE fires no row triggers: emptying Dispatches empties the counters with it.
            migrationBuilder.Sql("""
                CREATE FUNCTION "DispatchCounters_Clear"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM "DispatchCounterChanges" WHERE "Transaction" = txid_current();
                    DELETE FROM "AwaitingReplyTallies";
                    DELETE FROM "ReplyDelayTallies";
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER "TR_Dispatches_CountersTruncate" AFTER TRUNCATE ON "Dispatches"
                FOR EACH STATEMENT EXECUTE FUNCTION "DispatchCounters_Clear"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "TR_Dispatches_CountersTruncate" ON "Dispatches";
                DROP TRIGGER "TR_Dispatches_CountersUpdate" ON "Dispatches";
                DROP TRIGGER "TR_Dispatches_CountersInsertDelete" ON "Dispatches";
                DROP TABLE "DispatchCounterChanges";
                DROP FUNCTION "DispatchCounters_Clear"();
                DROP FUNCTION "DispatchCounters_Apply"();
                DROP FUNCTION "DispatchCounters_Note"();
                DELETE FROM "AwaitingReplyTallies";
                DELETE FROM "ReplyDelayTallies";
                """);
        }
    }
}
