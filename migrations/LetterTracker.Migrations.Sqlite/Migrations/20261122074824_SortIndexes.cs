using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SortIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Recipients_Name",
                table: "Recipients");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_Name",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_Letters_SentOn",
                table: "Letters");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_OccurredFrom",
                table: "Incidents");

            migrationBuilder.DropIndex(
                name: "IX_Dispatches_DueOn",
                table: "Dispatches");

            migrationBuilder.DropIndex(
                name: "IX_Dispatches_SentAt",
                table: "Dispatches");

            migrationBuilder.CreateIndex(
                name: "IX_Recipients_Name_Id",
                table: "Recipients",
                columns: new[] { "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Name_Id",
                table: "Organisations",
                columns: new[] { "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Letters_SentOn_Id",
                table: "Letters",
                columns: new[] { "SentOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_OccurredFrom_Id",
                table: "Incidents",
                columns: new[] { "OccurredFrom", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_DueOn_Id",
                table: "Dispatches",
                columns: new[] { "DueOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_SentAt_Id",
                table: "Dispatches",
                columns: new[] { "SentAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Recipients_Name_Id",
                table: "Recipients");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_Name_Id",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_Letters_SentOn_Id",
                table: "Letters");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_OccurredFrom_Id",
                table: "Incidents");

            migrationBuilder.DropIndex(
                name: "IX_Dispatches_DueOn_Id",
                table: "Dispatches");

            migrationBuilder.DropIndex(
                name: "IX_Dispatches_SentAt_Id",
                table: "Dispatches");

            migrationBuilder.CreateIndex(
                name: "IX_Recipients_Name",
                table: "Recipients",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Name",
                table: "Organisations",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Letters_SentOn",
                table: "Letters",
                column: "SentOn");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_OccurredFrom",
                table: "Incidents",
                column: "OccurredFrom");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_DueOn",
                table: "Dispatches",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_SentAt",
                table: "Dispatches",
                column: "SentAt");
        }
    }
}
