using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterTracker.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OverviewCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AwaitingReplyDayTallies",
                columns: table => new
                {
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwaitingReplyDayTallies", x => x.DueOn);
                    table.CheckConstraint("CK_AwaitingReplyDayTallies_Count", "\"Count\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "AwaitingReplyTotals",
                columns: table => new
                {
                    RecipientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwaitingReplyTotals", x => x.RecipientId);
                    table.CheckConstraint("CK_AwaitingReplyTotals_Count", "\"Count\" >= 0");
                    table.ForeignKey(
                        name: "FK_AwaitingReplyTotals_Recipients_RecipientId",
                        column: x => x.RecipientId,
                        principalTable: "Recipients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LetterTallies",
                columns: table => new
                {
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LetterTallies", x => x.Status);
                    table.CheckConstraint("CK_LetterTallies_Count", "\"Count\" >= 0");
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AwaitingReplyDayTallies");

            migrationBuilder.DropTable(
                name: "AwaitingReplyTotals");

            migrationBuilder.DropTable(
                name: "LetterTallies");
        }
    }
}
