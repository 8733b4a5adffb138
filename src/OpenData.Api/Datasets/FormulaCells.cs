using System.Buffers;

namespace OpenData.Api.Datasets;

/// <summary>
/// CSV text cells a spreadsheet would run as a formula (OWASP "CSV injection"): one that begins with =, +, -, @, tab or CR.
/// Downloads write such a cell with a leading apostrophe, which no spreadsheet reads as a formula, and quote it; reading a CSV
/// takes exactly that apostrophe off again, so a download imported again gives the same data. The Excel variant also writes codes,
/// and other texts Excel would turn into numbers or dates, as text (<see cref="AsExcelText"/>).
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

    /// <summary>Excel refuses a text constant longer than this inside a formula.</summary>
    private const int MaxFormulaText = 255;

    /// <summary>
    /// Whether a text is made of digits and separators only, as codes such as 0114, 5-9 and 2024-01 and numbers are: a text Excel
    /// may read as a number or a date. The Excel variant writes every code column's value of this kind as text, so that a column
    /// is all text (a lookup or a sort on it then treats 0114 and 1280 alike).
    /// </summary>
    public static bool IsNumberLike(string text)
    {
        var span = text.AsSpan();
        return span.Length is > 0 and <= MaxFormulaText && span.IndexOfAnyExcept(DigitsAndSeparators) < 0 && span.IndexOfAny(Digits) >= 0;
    }

    /// <summary>
    /// Whether Excel, opening a CSV, would show a free text (a name, a label, a note) as something else: one with a leading zero
    /// as a number (0114 as 114), one with separators as a date or a number (5-9, 2024-01, 12,5), and a number of more than 11
    /// digits in exponent form. A plain number such as 2024 it shows as written.
    /// </summary>
    public static bool ExcelWouldConvert(string text) =>
        IsNumberLike(text) && (text.AsSpan().IndexOfAnyExcept(Digits) >= 0 || text.Length > 11 || (text.Length > 1 && text[0] == '0'));

    /// <summary>
    /// A text the Excel variant writes as the formula <c>="0114"</c> (in the file, quoted: <c>"=""0114"""</c>), which Excel shows as
    /// the text 0114. Only texts of digits and separators are ever written so, so the formula can do nothing but show them.
    /// </summary>
    public static string AsExcelText(string text) => IsNumberLike(text)
        ? $"=\"{text}\""
        : throw new ArgumentException($"Only digits and separators are written as an Excel text formula, not '{text}'.", nameof(text));

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
        return text.Length > 3 && text.StartsWith("=\"", StringComparison.Ordinal) && text.EndsWith('"') && text[2..^1] is var inner && IsNumberLike(inner)
            ? inner
            : text;
    }
}
