using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chujing.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FilingBasisChinese : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExplanationZh",
                table: "filing_basis",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExplanationZh",
                table: "filing_basis");
        }
    }
}
