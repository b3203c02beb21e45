using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AwaitingReplyByLetter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dispatches_LetterId_Status_DueOn",
                table: "Dispatches");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_AwaitingReply_LetterId_DueOn",
                table: "Dispatches",
                columns: new[] { "LetterId", "DueOn", "Status" },
                filter: "\"Status\" IN ('Sent', 'Delivered', 'Acknowledged')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dispatches_AwaitingReply_LetterId_DueOn",
                table: "Dispatches");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_LetterId_Status_DueOn",
                table: "Dispatches",
                columns: new[] { "LetterId", "Status", "DueOn" });
        }
    }
}
