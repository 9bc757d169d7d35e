using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chujing.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EditionNoticeListApplication : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AfterWithoutApplication",
                table: "edition_notices",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NeedsApplication",
                table: "edition_notices",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AfterWithoutApplication",
                table: "edition_notices");

            migrationBuilder.DropColumn(
                name: "NeedsApplication",
                table: "edition_notices");
        }
    }
}
