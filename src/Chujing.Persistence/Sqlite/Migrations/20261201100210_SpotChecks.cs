using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chujing.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SpotChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "spot_checks",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ZoneGroupId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PopulationJson = table.Column<string>(type: "TEXT", nullable: false),
                    PopulationHash = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    FilingsRequested = table.Column<long>(type: "INTEGER", nullable: true),
                    RecordsPerFiling = table.Column<long>(type: "INTEGER", nullable: true),
                    RecheckOf = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Seed = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ContributorsJson = table.Column<string>(type: "TEXT", nullable: true),
                    RecusalsJson = table.Column<string>(type: "TEXT", nullable: true),
                    SampleJson = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_spot_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "spot_check_findings",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SpotCheckId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FilingId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProcessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    ZoneGroupId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Leaf = table.Column<long>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DeadlineProvisional = table.Column<bool>(type: "INTEGER", nullable: false),
                    RootCause = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AttachmentsJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Escalated = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecheckId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_spot_check_findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_spot_check_findings_spot_checks_SpotCheckId",
                        column: x => x.SpotCheckId,
                        principalTable: "spot_checks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "spot_check_outcomes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SpotCheckId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FilingId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProcessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    ZoneGroupId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RiskClass = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Records = table.Column<int>(type: "INTEGER", nullable: false),
                    Findings = table.Column<int>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_spot_check_outcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_spot_check_outcomes_spot_checks_SpotCheckId",
                        column: x => x.SpotCheckId,
                        principalTable: "spot_checks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "spot_check_payloads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SpotCheckId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProcessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Leaf = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Persons = table.Column<long>(type: "INTEGER", nullable: true),
                    FieldsJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ScanProblem = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_spot_check_payloads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_spot_check_payloads_spot_checks_SpotCheckId",
                        column: x => x.SpotCheckId,
                        principalTable: "spot_checks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_spot_check_findings_ProcessorId_Status",
                table: "spot_check_findings",
                columns: new[] { "ProcessorId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_spot_check_findings_SpotCheckId",
                table: "spot_check_findings",
                column: "SpotCheckId");

            migrationBuilder.CreateIndex(
                name: "IX_spot_check_findings_ZoneGroupId_Status",
                table: "spot_check_findings",
                columns: new[] { "ZoneGroupId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_spot_check_outcomes_ProcessorId",
                table: "spot_check_outcomes",
                column: "ProcessorId");

            migrationBuilder.CreateIndex(
                name: "IX_spot_check_outcomes_SpotCheckId_FilingId",
                table: "spot_check_outcomes",
                columns: new[] { "SpotCheckId", "FilingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_spot_check_payloads_SpotCheckId_ProcessorId_Leaf",
                table: "spot_check_payloads",
                columns: new[] { "SpotCheckId", "ProcessorId", "Leaf" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_spot_checks_ZoneGroupId_Status",
                table: "spot_checks",
                columns: new[] { "ZoneGroupId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "spot_check_findings");

            migrationBuilder.DropTable(
                name: "spot_check_outcomes");

            migrationBuilder.DropTable(
                name: "spot_check_payloads");

            migrationBuilder.DropTable(
                name: "spot_checks");
        }
    }
}
