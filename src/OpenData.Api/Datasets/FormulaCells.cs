using System.Buffers;

namespace OpenData.Api.Datasets;

/// <summary>
/// CSV text cells a spreadsheet would run as a formula (OWASP "CSV injection"): one that begins with =, +, -, @, tab or CR.
/// Downloads write such a cell with a leading apostrophe, which no spreadsheet reads as a formula, and quote it; reading a CSV
/// takes exactly that apostrophe off again, so a download imported again gives the same data.
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

    /// <summary>A text cell of an uploaded CSV as it was before a download guarded it.</summary>
    public static string Restore(string text) => text.StartsWith('\'') && NeedsApostrophe(text) ? text[1..] : text;
}
