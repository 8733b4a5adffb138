using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenData.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DatasetDimensions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Observations_DatasetId_AreaCode_IndicatorCode_Period_Sex",
                table: "Observations");

            migrationBuilder.AddColumn<string>(
                name: "Dimension1",
                table: "Observations",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "Dimension2",
                table: "Observations",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "Dimension3",
                table: "Observations",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "Dimension4",
                table: "Observations",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.CreateTable(
                name: "DatasetDimensions",
                columns: table => new
                {
                    DatasetId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    NameSv = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    NameEn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    TotalCode = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DatasetDimensions", x => new { x.DatasetId, x.Code });
                    table.ForeignKey(
                        name: "FK_DatasetDimensions_Datasets_DatasetId",
                        column: x => x.DatasetId,
                        principalTable: "Datasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DatasetDimensionCodes",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    DatasetId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    DimensionCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    LabelSv = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    LabelEn = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DatasetDimensionCodes", x => new { x.DatasetId, x.DimensionCode, x.Code });
                    table.ForeignKey(
                        name: "FK_DatasetDimensionCodes_DatasetDimensions_DatasetId_Dimension~",
                        columns: x => new { x.DatasetId, x.DimensionCode },
                        principalTable: "DatasetDimensions",
                        principalColumns: new[] { "DatasetId", "Code" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Observations_Key",
                table: "Observations",
                columns: new[] { "DatasetId", "AreaCode", "IndicatorCode", "Period", "Sex", "Dimension1", "Dimension2", "Dimension3", "Dimension4" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DatasetDimensionCodes");

            migrationBuilder.DropTable(
                name: "DatasetDimensions");

            migrationBuilder.DropIndex(
                name: "IX_Observations_Key",
                table: "Observations");

            migrationBuilder.DropColumn(
                name: "Dimension1",
                table: "Observations");

            migrationBuilder.DropColumn(
                name: "Dimension2",
                table: "Observations");

            migrationBuilder.DropColumn(
                name: "Dimension3",
                table: "Observations");

            migrationBuilder.DropColumn(
                name: "Dimension4",
                table: "Observations");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_DatasetId_AreaCode_IndicatorCode_Period_Sex",
                table: "Observations",
                columns: new[] { "DatasetId", "AreaCode", "IndicatorCode", "Period", "Sex" },
                unique: true);
        }
    }
}
