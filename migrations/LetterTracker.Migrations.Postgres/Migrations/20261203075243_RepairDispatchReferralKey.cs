using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterTracker.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Gives every database the referral link DispatchTracking now defines: an index and a foreign key
    /// on Dispatches.ReferredFromDispatchId, and no ReferredFromId column. Written with IF EXISTS and
    /// IF NOT EXISTS, so it changes nothing on a database that already has them.
    /// </summary>
    /// <remarks>
    /// DispatchTracking was edited after it had landed (the shadow ReferredFromId key became
    /// ReferredFromDispatchId's own): databases that applied its first version (builds up to 4c78d99)
    /// kept an unused ReferredFromId column with its index and foreign key, and had neither index nor
    /// foreign key on ReferredFromDispatchId, so a referral's lookup read the whole table. No build
    /// ever wrote ReferredFromId (always null): dropping it loses nothing.
    /// </remarks>
    public partial class RepairDispatchReferralKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "Dispatches" DROP CONSTRAINT IF EXISTS "FK_Dispatches_Dispatches_ReferredFromId";
                DROP INDEX IF EXISTS "IX_Dispatches_ReferredFromId";
                ALTER TABLE "Dispatches" DROP COLUMN IF EXISTS "ReferredFromId";
                CREATE INDEX IF NOT EXISTS "IX_Dispatches_ReferredFromDispatchId" ON "Dispatches" ("ReferredFromDispatchId");
                DO $repair$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_constraint
                        WHERE conrelid = '"Dispatches"'::regclass AND conname = 'FK_Dispatches_Dispatches_ReferredFromDispatchId') THEN
                        ALTER TABLE "Dispatches" ADD CONSTRAINT "FK_Dispatches_Dispatches_ReferredFromDispatchId"
                            FOREIGN KEY ("ReferredFromDispatchId") REFERENCES "Dispatches" ("Id") ON DELETE RESTRICT;
                    END IF;
                END
                $repair$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing: the index and key it ensures are DispatchTracking's, whose Down removes them.
        }
    }
}
