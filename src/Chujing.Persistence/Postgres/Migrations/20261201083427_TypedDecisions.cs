using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Chujing.Persistence.Postgres.Migrations
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

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AssessedAt",
                table: "filings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CatalogStamp",
                table: "filings",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OutOfDate",
                table: "filings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ReassessedPathway",
                table: "filings",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PathwayDate",
                table: "filings",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PathwayReference",
                table: "filings",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "YearPersonal",
                table: "filings",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "YearSensitive",
                table: "filings",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "filing_basis",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Rule = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Citation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Explanation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Pathway = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FilingId = table.Column<string>(type: "character varying(20)", nullable: false)
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
                name: "OutOfDate",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "ReassessedPathway",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "PathwayDate",
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
