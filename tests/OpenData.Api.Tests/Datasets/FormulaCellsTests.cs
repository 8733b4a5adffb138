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
    [InlineData("123456789012")]
    public void ExcelWouldShowTextsOfDigitsAndSeparatorsAsNumbersOrDates(string text)
    {
        Assert.True(FormulaCells.ExcelWouldConvert(text));
        Assert.True(FormulaCells.IsNumberLike(text));
        Assert.Equal(text, FormulaCells.Restore(FormulaCells.AsExcelText(text)));
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("0")]
    [InlineData("114")]
    [InlineData("12345678901")]
    public void APlainNumberIsNumberLikeButExcelShowsItAsWritten(string text)
    {
        Assert.False(FormulaCells.ExcelWouldConvert(text));
        Assert.True(FormulaCells.IsNumberLike(text));
        Assert.Equal(text, FormulaCells.Restore(FormulaCells.AsExcelText(text)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("SYNTHETIC")]
    [InlineData("N06BA04")]
    [InlineData("5–9 år")]
    [InlineData("Upplands Väsby")]
    [InlineData("'0114")]
    public void TextThatIsNotOnlyDigitsAndSeparatorsIsNeverWrittenAsAFormula(string text)
    {
        Assert.False(FormulaCells.IsNumberLike(text));
        Assert.False(FormulaCells.ExcelWouldConvert(text));
        Assert.Throws<ArgumentException>(() => FormulaCells.AsExcelText(text));
    }

    [Fact]
    public void ATextOfDigitsTooLongForAnExcelFormulaIsLeftAsItIs()
    {
        var digits = new string('1', 256);

        Assert.False(FormulaCells.IsNumberLike(digits));
        Assert.False(FormulaCells.ExcelWouldConvert(digits));
    }

    [Theory]
    [InlineData("=\"SUM\"")]
    [InlineData("=\"0114")]
    [InlineData("=\"a1\"")]
    public void OnlyAFormulaTheExcelVariantWritesIsUnwrappedOnUpload(string text)
    {
        Assert.Equal(text, FormulaCells.Restore(text));
    }

    [Fact]
    public void AStoredTextThatLooksLikeTheExcelFormulaKeepsItThroughTheApostrophe()
    {
        const string stored = "=\"0114\"";

        Assert.True(FormulaCells.NeedsApostrophe(stored));
        Assert.Equal(stored, FormulaCells.Restore("'" + stored));
    }
}
