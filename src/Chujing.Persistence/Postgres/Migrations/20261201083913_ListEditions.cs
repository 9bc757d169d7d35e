using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Chujing.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ListEditions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "edition_notices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EditionId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FilingId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProcessorId = table.Column<int>(type: "integer", nullable: false),
                    ZoneGroupId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Before = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    After = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_edition_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "editions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    BasedOn = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Yaml = table.Column<string>(type: "character varying(2000000)", maxLength: 2000000, nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Effective = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_editions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "edition_approvals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EditionId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_edition_approvals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_edition_approvals_editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_edition_approvals_EditionId",
                table: "edition_approvals",
                column: "EditionId");

            migrationBuilder.CreateIndex(
                name: "IX_edition_notices_EditionId_FilingId",
                table: "edition_notices",
                columns: new[] { "EditionId", "FilingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_edition_notices_ProcessorId_MovedAt",
                table: "edition_notices",
                columns: new[] { "ProcessorId", "MovedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_edition_notices_ZoneGroupId_EditionId",
                table: "edition_notices",
                columns: new[] { "ZoneGroupId", "EditionId" });

            migrationBuilder.CreateIndex(
                name: "IX_editions_Status",
                table: "editions",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "edition_approvals");

            migrationBuilder.DropTable(
                name: "edition_notices");

            migrationBuilder.DropTable(
                name: "editions");
        }
    }
}
