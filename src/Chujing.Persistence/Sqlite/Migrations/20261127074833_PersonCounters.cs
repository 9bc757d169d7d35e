using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chujing.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PersonCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "person_counters",
                columns: table => new
                {
                    ProcessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sensitive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_counters", x => new { x.ProcessorId, x.Year, x.Sensitive });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "person_counters");
        }
    }
}
