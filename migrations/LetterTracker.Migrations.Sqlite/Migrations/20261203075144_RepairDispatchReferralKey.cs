using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterTracker.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Gives every database the index on Dispatches.ReferredFromDispatchId that DispatchTracking now
    /// defines, and drops the index on the unused ReferredFromId column. IF EXISTS / IF NOT EXISTS: it
    /// changes nothing on a database that already has them.
    /// </summary>
    /// <remarks>
    /// DispatchTracking was edited after it had landed (the shadow ReferredFromId key became
    /// ReferredFromDispatchId's own): databases that applied its first version (builds up to 4c78d99)
    /// kept an unused ReferredFromId column with its index and foreign key, and had neither index nor
    /// foreign key on ReferredFromDispatchId, so a referral's lookup read the whole table. SQLite
    /// changes a column's foreign keys only by rebuilding the table, which would drop and need again
    /// every trigger on Dispatches; so on such a database the ReferredFromId column (always null) and
    /// its foreign key stay, and ReferredFromDispatchId has no foreign key: the app sets it only to the
    /// dispatch being referred, and refuses (409) to delete a dispatch a referral came from.
    /// </remarks>
    public partial class RepairDispatchReferralKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Dispatches_ReferredFromId";""");
            migrationBuilder.Sql("""CREATE INDEX IF NOT EXISTS "IX_Dispatches_ReferredFromDispatchId" ON "Dispatches" ("ReferredFromDispatchId");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing: the index it ensures is DispatchTracking's, whose Down removes it.
        }
    }
}
