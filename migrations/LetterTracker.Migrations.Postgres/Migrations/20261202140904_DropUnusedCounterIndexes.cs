using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterTracker.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DropUnusedCounterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dispatches_RecipientId_DaysToFirstReply",
                table: "Dispatches");

            migrationBuilder.DropIndex(
                name: "IX_AwaitingReplyTallies_DueOn_Count",
                table: "AwaitingReplyTallies");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_RecipientId_DaysToFirstReply",
                table: "Dispatches",
                columns: new[] { "RecipientId", "DaysToFirstReply" });

            migrationBuilder.CreateIndex(
                name: "IX_AwaitingReplyTallies_DueOn_Count",
                table: "AwaitingReplyTallies",
                columns: new[] { "DueOn", "Count" });
        }
    }
}
