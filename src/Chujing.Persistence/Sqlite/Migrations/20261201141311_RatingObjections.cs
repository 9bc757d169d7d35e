using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chujing.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RatingObjections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SetAsideBy",
                table: "spot_check_findings",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "rating_objections",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProcessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    ZoneGroupId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FindingId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FiledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NotifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ObjectionDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReviewDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RatingWhenFiled = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RatingAfterDecision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rating_objections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rating_objections_spot_check_findings_FindingId",
                        column: x => x.FindingId,
                        principalTable: "spot_check_findings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rating_objections_FindingId",
                table: "rating_objections",
                column: "FindingId");

            migrationBuilder.CreateIndex(
                name: "IX_rating_objections_ProcessorId_Status",
                table: "rating_objections",
                columns: new[] { "ProcessorId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_rating_objections_ZoneGroupId_Status",
                table: "rating_objections",
                columns: new[] { "ZoneGroupId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rating_objections");

            migrationBuilder.DropColumn(
                name: "SetAsideBy",
                table: "spot_check_findings");
        }
    }
}
