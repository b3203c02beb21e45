using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterTracker.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LetterStatusOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Letters_Status",
                table: "Letters");

            migrationBuilder.CreateIndex(
                name: "IX_Letters_Status_Id",
                table: "Letters",
                columns: new[] { "Status", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Letters_Status_Id",
                table: "Letters");

            migrationBuilder.CreateIndex(
                name: "IX_Letters_Status",
                table: "Letters",
                column: "Status");
        }
    }
}
