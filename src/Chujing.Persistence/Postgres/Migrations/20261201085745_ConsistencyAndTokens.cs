using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Chujing.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ConsistencyAndTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "api_tokens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProcessorId = table.Column<int>(type: "integer", nullable: false),
                    ZoneGroupId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Scopes = table.Column<List<string>>(type: "text[]", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastUsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_tokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_api_tokens_processors_ProcessorId",
                        column: x => x.ProcessorId,
                        principalTable: "processors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "export_deviations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProcessorId = table.Column<int>(type: "integer", nullable: false),
                    ZoneGroupId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FilingId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LeafIndex = table.Column<long>(type: "bigint", nullable: false),
                    EventTime = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Path = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Severity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DetailEn = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    BasisRules = table.Column<List<string>>(type: "text[]", nullable: false),
                    BasisCitations = table.Column<List<string>>(type: "text[]", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_export_deviations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "filing_person_counters",
                columns: table => new
                {
                    FilingId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sensitive = table.Column<bool>(type: "boolean", nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_filing_person_counters", x => new { x.FilingId, x.Year, x.Sensitive });
                });

            migrationBuilder.CreateTable(
                name: "filing_person_keys",
                columns: table => new
                {
                    FilingId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sensitive = table.Column<bool>(type: "boolean", nullable: false),
                    KeyHash = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_filing_person_keys", x => new { x.FilingId, x.Year, x.Sensitive, x.KeyHash });
                });

            migrationBuilder.CreateTable(
                name: "filing_status_history",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FilingId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_filing_status_history", x => x.Id);
                    table.ForeignKey(
                        name: "FK_filing_status_history_filings_FilingId",
                        column: x => x.FilingId,
                        principalTable: "filings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gateway_checks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProcessorId = table.Column<int>(type: "integer", nullable: false),
                    ZoneGroupId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FilingId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    EventDigest = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EventTime = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Allowed = table.Column<bool>(type: "boolean", nullable: false),
                    Kinds = table.Column<List<string>>(type: "text[]", nullable: false),
                    TokenId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gateway_checks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_api_tokens_ProcessorId",
                table: "api_tokens",
                column: "ProcessorId");

            migrationBuilder.CreateIndex(
                name: "IX_api_tokens_TokenHash",
                table: "api_tokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_export_deviations_FilingId",
                table: "export_deviations",
                column: "FilingId");

            migrationBuilder.CreateIndex(
                name: "IX_export_deviations_ProcessorId_LeafIndex",
                table: "export_deviations",
                columns: new[] { "ProcessorId", "LeafIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_export_deviations_ZoneGroupId_Severity",
                table: "export_deviations",
                columns: new[] { "ZoneGroupId", "Severity" });

            migrationBuilder.CreateIndex(
                name: "IX_filing_status_history_FilingId_At",
                table: "filing_status_history",
                columns: new[] { "FilingId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_gateway_checks_EventDigest",
                table: "gateway_checks",
                column: "EventDigest");

            migrationBuilder.CreateIndex(
                name: "IX_gateway_checks_ProcessorId_At",
                table: "gateway_checks",
                columns: new[] { "ProcessorId", "At" });

            // Filings made before the history existed start it with their current status, at their last decision.
            migrationBuilder.Sql("INSERT INTO filing_status_history (\"FilingId\", \"Status\", \"At\") SELECT \"Id\", \"Status\", COALESCE(\"DecidedAt\", \"UpdatedAt\") FROM filings");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_tokens");

            migrationBuilder.DropTable(
                name: "export_deviations");

            migrationBuilder.DropTable(
                name: "filing_person_counters");

            migrationBuilder.DropTable(
                name: "filing_person_keys");

            migrationBuilder.DropTable(
                name: "filing_status_history");

            migrationBuilder.DropTable(
                name: "gateway_checks");
        }
    }
}
