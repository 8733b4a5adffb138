using System.Text;
using OpenData.Api.Datasets.Importing;

namespace OpenData.Api.Tests.Datasets.Importing;

/// <summary>The readers know only the format: fields as text, blanks as null, shape problems by row.</summary>
public sealed class ObservationReaderTests
{
    private static async Task<(List<RawObservation> Rows, IReadOnlyList<ImportError> Errors)> ReadAsync(string mediaType, string body)
    {
        var reader = ObservationReader.ForMediaType(mediaType, new MemoryStream(Encoding.UTF8.GetBytes(body)))!;
        var rows = new List<RawObservation>();
        await foreach (var row in reader.ReadAsync([]))
        {
            rows.Add(row);
        }
        return (rows, reader.Errors);
    }

    [Fact]
    public async Task CsvFieldsAreReadByHeaderInAnyOrderAndCase()
    {
        var (rows, errors) = await ReadAsync("text/csv", " Value ,PERIOD,area_code,indicator,note\n1.5,2024,00,RATE, Anm. \n,2023,01,RATE,\n");

        Assert.Empty(errors);
        Assert.Equal([
            new RawObservation(2, "RATE", "00", "2024", null, "1.5", null, "Anm.", null, null, []),
            new RawObservation(3, "RATE", "01", "2023", null, null, null, null, null, null, []),
        ], rows);
    }

    [Fact]
    public async Task SwedishExcelCsvHasSemicolonsAndDecimalCommasAndFormulaGuardsComeOff()
    {
        var (rows, _) = await ReadAsync("text/csv", "indicator;area;period;value;note\nRATE;00;2024;-3,5;'=SUM(A1)\n");

        Assert.Equal(new RawObservation(2, "RATE", "00", "2024", null, "-3.5", null, "=SUM(A1)", null, null, []), Assert.Single(rows));
    }

    [Fact]
    public async Task ACsvWithoutItsRequiredColumnsIsReportedByColumn()
    {
        var (rows, errors) = await ReadAsync("text/csv", "indicator,area\nX,00\n");

        Assert.Empty(rows);
        Assert.Equal(["period", "value"], errors.Select(e => e.Column));
        Assert.Equal("The header has no period column. Columns: indicator, area, period, sex, value, status, note, note_en, source.", errors[0].Message);
    }

    [Fact]
    public async Task AnEmptyCsvNeedsAHeader()
    {
        var (_, errors) = await ReadAsync("text/csv", "");

        Assert.Equal([new ImportError(1, "header", "The file is empty; it needs a header row.")], errors);
    }

    [Fact]
    public async Task ACsvRowWithTheWrongNumberOfFieldsIsReportedAndSkipped()
    {
        var (rows, errors) = await ReadAsync("text/csv", "indicator,area,period,value\nRATE,00,2024\nRATE,01,2024,2\n");

        Assert.Equal([new ImportError(2, "fields", "The row has 3 fields; the header has 4, so every row needs 4.")], errors);
        Assert.Equal(3, Assert.Single(rows).Row);
    }

    [Fact]
    public async Task JsonPropertiesAreReadAsTextWithNumbersAsWritten()
    {
        var (rows, errors) = await ReadAsync("application/json",
            """[{"indicator":"RATE","areaCode":"00","period":"2024","value":1.50,"sex":" female ","note":null,"noteEn":"","source":"s"}]""");

        Assert.Empty(errors);
        Assert.Equal(new RawObservation(1, "RATE", "00", "2024", "female", "1.50", null, null, null, "s", []), Assert.Single(rows));
    }

    [Theory]
    [InlineData("{\"indicator\":", 0, "body")]
    [InlineData("{}", 0, "body")]
    [InlineData("[1]", 1, "body")]
    [InlineData("[{\"note\":\"x\\ud800y\"}]", 1, "note")]
    public async Task JsonOfTheWrongShapeIsReportedWithItsPosition(string body, int row, string column)
    {
        var (_, errors) = await ReadAsync("application/json", body);

        Assert.Equal((row, column), (Assert.Single(errors).Row, errors[0].Column));
    }

    [Fact]
    public void OnlyCsvAndJsonHaveReaders()
    {
        Assert.Null(ObservationReader.ForMediaType("application/xml", Stream.Null));
        Assert.IsType<JsonObservationReader>(ObservationReader.ForFile("upload.JSON", Stream.Null));
        Assert.IsType<CsvObservationReader>(ObservationReader.ForFile("upload.txt", Stream.Null));
    }
}
