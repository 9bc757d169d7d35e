using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chujing.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NotificationTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Codes",
                table: "notifications",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Level",
                table: "notifications",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Tally",
                table: "notifications",
                type: "INTEGER",
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
