using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpenData.Api.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    StartTime = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false, collation: "C"),
                    Title = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false, collation: "C"),
                    NetworkEventId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C")
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Role = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    EventSessionId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkEventSessionPresenters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetworkEventSessionPresenters_NetworkEventSessions_EventSes~",
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
