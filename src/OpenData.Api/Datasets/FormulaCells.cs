using System.Buffers;

namespace OpenData.Api.Datasets;

/// <summary>
/// CSV text cells a spreadsheet would run as a formula (OWASP "CSV injection"): one that begins with =, +, -, @, tab or CR.
/// Downloads write such a cell with a leading apostrophe, which no spreadsheet reads as a formula, and quote it; reading a CSV
/// takes exactly that apostrophe off again, so a download imported again gives the same data. The Excel variant also keeps codes
/// Excel would turn into numbers or dates as text (<see cref="AsExcelText"/>).
/// </summary>
public static class FormulaCells
{
    private static readonly SearchValues<char> Triggers = SearchValues.Create("=+-@\t\r");

    /// <summary>
    /// Whether a text needs the apostrophe: it begins with a trigger once any apostrophes of its own are passed over, so that a
    /// text that itself begins with an apostrophe and a trigger gets one more and keeps its own through export and import.
    /// </summary>
    public static bool NeedsApostrophe(string text)
    {
        var rest = text.AsSpan().TrimStart('\'');
        return rest.Length > 0 && Triggers.Contains(rest[0]);
    }

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");
    private static readonly SearchValues<char> DigitsAndSeparators = SearchValues.Create("0123456789-/.:, ");

    /// <summary>
    /// Whether Excel, opening a CSV, would turn a text into something else: a code with a leading zero into a number (0114 into
    /// 114), one of digits and separators into a date or a number (5-9 into 5 September, 2024-01 into January, 12,5 into 12.5),
    /// and a number longer than the 15 digits Excel keeps. A plain number such as 2024 it keeps as written.
    /// </summary>
    public static bool ExcelWouldConvert(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAnyExcept(Digits) < 0)
        {
            return span.Length > 15 || (span.Length > 1 && span[0] == '0');
        }
        return span.IndexOfAnyExcept(DigitsAndSeparators) < 0 && span.IndexOfAny(Digits) >= 0;
    }

    /// <summary>
    /// A text the Excel variant writes as the formula <c>="0114"</c>, which Excel shows as the text 0114. Only texts of digits and
    /// separators are ever written so (<see cref="ExcelWouldConvert"/>), so the formula can do nothing but show them.
    /// </summary>
    public static string AsExcelText(string text) => $"=\"{text}\"";

    /// <summary>
    /// A text cell of an uploaded CSV as it was before a download guarded it: the apostrophe against formulas taken off, and a
    /// code the Excel variant wrapped as <c>="0114"</c> unwrapped.
    /// </summary>
    public static string Restore(string text)
    {
        if (text.StartsWith('\'') && NeedsApostrophe(text))
        {
            return text[1..];
        }
        return text.Length > 3 && text.StartsWith("=\"", StringComparison.Ordinal) && text.EndsWith('"') && text[2..^1] is var inner && ExcelWouldConvert(inner)
            ? inner
            : text;
    }
}
