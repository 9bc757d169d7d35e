using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chujing.Persistence.Sqlite.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProcessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    ZoneGroupId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Scopes = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastUsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProcessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    ZoneGroupId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FilingId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LeafIndex = table.Column<long>(type: "INTEGER", nullable: false),
                    EventTime = table.Column<long>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DetailEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    BasisRules = table.Column<string>(type: "TEXT", nullable: false),
                    BasisCitations = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_export_deviations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "filing_person_counters",
                columns: table => new
                {
                    FilingId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sensitive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_filing_person_counters", x => new { x.FilingId, x.Year, x.Sensitive });
                });

            migrationBuilder.CreateTable(
                name: "filing_person_keys",
                columns: table => new
                {
                    FilingId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sensitive = table.Column<bool>(type: "INTEGER", nullable: false),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_filing_person_keys", x => new { x.FilingId, x.Year, x.Sensitive, x.KeyHash });
                });

            migrationBuilder.CreateTable(
                name: "filing_status_history",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FilingId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProcessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    ZoneGroupId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    FilingId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EventDigest = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EventTime = table.Column<long>(type: "INTEGER", nullable: false),
                    Allowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Kinds = table.Column<string>(type: "TEXT", nullable: false),
                    TokenId = table.Column<int>(type: "INTEGER", nullable: true)
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
