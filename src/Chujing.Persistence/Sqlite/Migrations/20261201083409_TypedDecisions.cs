using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chujing.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TypedDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "AssessmentPathway",
                table: "filings",
                newName: "Pathway");

            migrationBuilder.RenameColumn(
                name: "AssessmentJson",
                table: "filings",
                newName: "DecisionJson");

            migrationBuilder.AddColumn<long>(
                name: "AssessedAt",
                table: "filings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CatalogStamp",
                table: "filings",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PathwayDate",
                table: "filings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OutOfDate",
                table: "filings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ReassessedPathway",
                table: "filings",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PathwayReference",
                table: "filings",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "YearPersonal",
                table: "filings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "YearSensitive",
                table: "filings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "filing_basis",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Citation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Pathway = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FilingId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_filing_basis", x => x.Id);
                    table.ForeignKey(
                        name: "FK_filing_basis_filings_FilingId",
                        column: x => x.FilingId,
                        principalTable: "filings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_filing_basis_FilingId",
                table: "filing_basis",
                column: "FilingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "filing_basis");

            migrationBuilder.DropColumn(
                name: "AssessedAt",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "CatalogStamp",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "PathwayDate",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "OutOfDate",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "ReassessedPathway",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "PathwayReference",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "YearPersonal",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "YearSensitive",
                table: "filings");

            migrationBuilder.RenameColumn(
                name: "Pathway",
                table: "filings",
                newName: "AssessmentPathway");

            migrationBuilder.RenameColumn(
                name: "DecisionJson",
                table: "filings",
                newName: "AssessmentJson");
        }
    }
}
