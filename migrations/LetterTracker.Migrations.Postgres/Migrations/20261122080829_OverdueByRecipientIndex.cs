using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterTracker.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OverdueByRecipientIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dispatches_RecipientId_Status",
                table: "Dispatches");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_RecipientId_Status_DueOn",
                table: "Dispatches",
                columns: new[] { "RecipientId", "Status", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dispatches_RecipientId_Status_DueOn",
                table: "Dispatches");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_RecipientId_Status",
                table: "Dispatches",
                columns: new[] { "RecipientId", "Status" });
        }
    }
}
