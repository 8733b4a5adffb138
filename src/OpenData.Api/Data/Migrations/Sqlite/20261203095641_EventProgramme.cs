using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenData.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EventProgramme : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NetworkEventSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    StartTime = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    NetworkEventId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkEventSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetworkEventSessions_NetworkEvents_NetworkEventId",
                        column: x => x.NetworkEventId,
                        principalTable: "NetworkEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NetworkEventSessionPresenters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "TEXT", nullable: true),
                    EventSessionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkEventSessionPresenters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetworkEventSessionPresenters_NetworkEventSessions_EventSessionId",
                        column: x => x.EventSessionId,
                        principalTable: "NetworkEventSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NetworkEventSessionPresenters_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NetworkEventSessionPresenters_EventSessionId",
                table: "NetworkEventSessionPresenters",
                column: "EventSessionId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkEventSessionPresenters_OrganisationId",
                table: "NetworkEventSessionPresenters",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkEventSessions_NetworkEventId",
                table: "NetworkEventSessions",
                column: "NetworkEventId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NetworkEventSessionPresenters");

            migrationBuilder.DropTable(
                name: "NetworkEventSessions");
        }
    }
}
