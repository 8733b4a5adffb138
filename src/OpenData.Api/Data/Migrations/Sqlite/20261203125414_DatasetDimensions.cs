using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenData.Api.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Dimension2",
                table: "Observations",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Dimension3",
                table: "Observations",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Dimension4",
                table: "Observations",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "DatasetDimensions",
                columns: table => new
                {
                    DatasetId = table.Column<string>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    NameSv = table.Column<string>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", nullable: true),
                    TotalCode = table.Column<string>(type: "TEXT", nullable: true)
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
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DatasetId = table.Column<string>(type: "TEXT", nullable: false),
                    DimensionCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    LabelSv = table.Column<string>(type: "TEXT", nullable: false),
                    LabelEn = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DatasetDimensionCodes", x => new { x.DatasetId, x.DimensionCode, x.Code });
                    table.ForeignKey(
                        name: "FK_DatasetDimensionCodes_DatasetDimensions_DatasetId_DimensionCode",
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
