using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Chujing.Persistence.Postgres.Migrations
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
                    Id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ZoneGroupId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PopulationJson = table.Column<string>(type: "text", nullable: false),
                    PopulationHash = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    FilingsRequested = table.Column<long>(type: "bigint", nullable: true),
                    RecordsPerFiling = table.Column<long>(type: "bigint", nullable: true),
                    RecheckOf = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Seed = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ContributorsJson = table.Column<string>(type: "text", nullable: true),
                    RecusalsJson = table.Column<string>(type: "text", nullable: true),
                    SampleJson = table.Column<string>(type: "text", nullable: true),
                    CreatedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_spot_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "spot_check_findings",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SpotCheckId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FilingId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProcessorId = table.Column<int>(type: "integer", nullable: false),
                    ZoneGroupId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Leaf = table.Column<long>(type: "bigint", nullable: true),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Severity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Basis = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    DeadlineProvisional = table.Column<bool>(type: "boolean", nullable: false),
                    RootCause = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Measures = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AttachmentsJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Escalated = table.Column<bool>(type: "boolean", nullable: false),
                    RecheckId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SpotCheckId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FilingId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProcessorId = table.Column<int>(type: "integer", nullable: false),
                    ZoneGroupId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RiskClass = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    Severity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Reason = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Records = table.Column<int>(type: "integer", nullable: false),
                    Findings = table.Column<int>(type: "integer", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SpotCheckId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProcessorId = table.Column<int>(type: "integer", nullable: false),
                    Leaf = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Bytes = table.Column<long>(type: "bigint", nullable: false),
                    Persons = table.Column<long>(type: "bigint", nullable: true),
                    FieldsJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    ScanProblem = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
