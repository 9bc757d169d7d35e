using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chujing.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class NotificationTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "Codes",
                table: "notifications",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<string>(
                name: "Level",
                table: "notifications",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Tally",
                table: "notifications",
                type: "bigint",
                nullable: false,
                defaultValue: 1L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Codes",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "Level",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "Tally",
                table: "notifications");
        }
    }
}
