using System.Globalization;
using System.Text;

namespace OpenData.Api.Text;

/// <summary>
/// Folds text for search: lower case, accents and å/ä/ö dropped to their base letters, so that
/// "malmo" finds "Malmö" and "GOTEBORG" finds "Göteborg" on any database.
/// </summary>
public static class TextFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    public static string Fold(params string?[] texts) =>
        string.Join(' ', texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => Fold(t)));
}
