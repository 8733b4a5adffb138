using OpenData.Api.Datasets;

namespace OpenData.Api.Tests.Datasets;

public sealed class FormulaCellsTests
{
    [Theory]
    [InlineData("0114")]
    [InlineData("00")]
    [InlineData("5-9")]
    [InlineData("10-14")]
    [InlineData("2024-01")]
    [InlineData("1/2")]
    [InlineData("12,5")]
    [InlineData("12.5")]
    [InlineData("10:30")]
    [InlineData("1234567890123456")]
    public void ExcelWouldTurnCodesOfDigitsAndSeparatorsIntoNumbersOrDates(string code)
    {
        Assert.True(FormulaCells.ExcelWouldConvert(code));
        Assert.Equal(code, FormulaCells.Restore(FormulaCells.AsExcelText(code)));
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("0")]
    [InlineData("114")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("SYNTHETIC")]
    [InlineData("N06BA04")]
    [InlineData("5–9 år")]
    [InlineData("Upplands Väsby")]
    public void ExcelKeepsPlainNumbersAndTextAsWritten(string text)
    {
        Assert.False(FormulaCells.ExcelWouldConvert(text));
    }

    [Theory]
    [InlineData("=\"SUM\"")]
    [InlineData("=\"0114")]
    [InlineData("=\"a1\"")]
    public void OnlyAFormulaTheExcelVariantWritesIsUnwrappedOnUpload(string text)
    {
        Assert.Equal(text, FormulaCells.Restore(text));
    }
}
