using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenData.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class ObservationsOneIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Observations_AreaCode_DatasetId",
                table: "Observations");

            migrationBuilder.DropIndex(
                name: "IX_Observations_DatasetId_IndicatorCode_AreaCode_Period_Sex",
                table: "Observations");

            migrationBuilder.DropIndex(
                name: "IX_Observations_DatasetId_Period",
                table: "Observations");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_DatasetId_AreaCode_IndicatorCode_Period_Sex",
                table: "Observations",
                columns: new[] { "DatasetId", "AreaCode", "IndicatorCode", "Period", "Sex" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Observations_DatasetId_AreaCode_IndicatorCode_Period_Sex",
                table: "Observations");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_AreaCode_DatasetId",
                table: "Observations",
                columns: new[] { "AreaCode", "DatasetId" });

            migrationBuilder.CreateIndex(
                name: "IX_Observations_DatasetId_IndicatorCode_AreaCode_Period_Sex",
                table: "Observations",
                columns: new[] { "DatasetId", "IndicatorCode", "AreaCode", "Period", "Sex" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Observations_DatasetId_Period",
                table: "Observations",
                columns: new[] { "DatasetId", "Period" });
        }
    }
}
