using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterTracker.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AwaitingReplyIndexesAndCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dispatches_RecipientId_Status_DueOn",
                table: "Dispatches");

            migrationBuilder.DropIndex(
                name: "IX_Dispatches_Status_DueOn",
                table: "Dispatches");

            migrationBuilder.CreateTable(
                name: "AwaitingReplyTallies",
                columns: table => new
                {
                    RecipientId = table.Column<Guid>(type: "uuid", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwaitingReplyTallies", x => new { x.RecipientId, x.DueOn });
                    table.CheckConstraint("CK_AwaitingReplyTallies_Count", "\"Count\" >= 0");
                    table.ForeignKey(
                        name: "FK_AwaitingReplyTallies_Recipients_RecipientId",
                        column: x => x.RecipientId,
                        principalTable: "Recipients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReplyDelayTallies",
                columns: table => new
                {
                    RecipientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Days = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReplyDelayTallies", x => new { x.RecipientId, x.Days });
                    table.CheckConstraint("CK_ReplyDelayTallies_Count", "\"Count\" >= 0");
                    table.ForeignKey(
                        name: "FK_ReplyDelayTallies_Recipients_RecipientId",
                        column: x => x.RecipientId,
                        principalTable: "Recipients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_AwaitingReply_DueOn",
                table: "Dispatches",
                columns: new[] { "DueOn", "Id" },
                filter: "\"Status\" IN ('Sent', 'Delivered', 'Acknowledged')");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_AwaitingReply_Id",
                table: "Dispatches",
                columns: new[] { "Id", "DueOn" },
                filter: "\"Status\" IN ('Sent', 'Delivered', 'Acknowledged')");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_AwaitingReply_RecipientId_DueOn",
                table: "Dispatches",
                columns: new[] { "RecipientId", "DueOn", "Id" },
                filter: "\"Status\" IN ('Sent', 'Delivered', 'Acknowledged')");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_AwaitingReply_RecipientId_Id",
                table: "Dispatches",
                columns: new[] { "RecipientId", "Id", "DueOn" },
                filter: "\"Status\" IN ('Sent', 'Delivered', 'Acknowledged')");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_RecipientId_Status_Id",
                table: "Dispatches",
                columns: new[] { "RecipientId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AwaitingReplyTallies_DueOn_Count",
                table: "AwaitingReplyTallies",
                columns: new[] { "DueOn", "Count" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AwaitingReplyTallies");

            migrationBuilder.DropTable(
                name: "ReplyDelayTallies");

            migrationBuilder.DropIndex(
                name: "IX_Dispatches_AwaitingReply_DueOn",
                table: "Dispatches");

            migrationBuilder.DropIndex(
                name: "IX_Dispatches_AwaitingReply_Id",
                table: "Dispatches");

            migrationBuilder.DropIndex(
                name: "IX_Dispatches_AwaitingReply_RecipientId_DueOn",
                table: "Dispatches");

            migrationBuilder.DropIndex(
                name: "IX_Dispatches_AwaitingReply_RecipientId_Id",
                table: "Dispatches");

            migrationBuilder.DropIndex(
                name: "IX_Dispatches_RecipientId_Status_Id",
                table: "Dispatches");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_RecipientId_Status_DueOn",
                table: "Dispatches",
                columns: new[] { "RecipientId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_Status_DueOn",
                table: "Dispatches",
                columns: new[] { "Status", "DueOn" });
        }
    }
}
