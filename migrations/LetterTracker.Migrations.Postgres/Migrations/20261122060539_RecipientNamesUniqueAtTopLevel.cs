using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterTracker.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RecipientNamesUniqueAtTopLevel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Recipients_Name_TopLevel",
                table: "Recipients",
                column: "Name",
                unique: true,
                filter: "\"ParentId\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Recipients_Name_TopLevel",
                table: "Recipients");
        }
    }
}
