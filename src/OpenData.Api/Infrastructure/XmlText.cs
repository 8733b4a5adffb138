using System.Xml;

namespace OpenData.Api.Infrastructure;

/// <summary>
/// Whether text can be carried by XML 1.0, as the RDF/XML catalogue must carry every dataset's metadata: no control
/// characters other than tab, line feed and carriage return, no U+FFFE or U+FFFF, no lone surrogates.
/// </summary>
public static class XmlText
{
    /// <summary>What is wrong with a JSON string that escapes half a surrogate pair, which .NET cannot even read as a string.</summary>
    public const string HalfASurrogatePair = "Holds half a surrogate pair (an escape such as \\ud800 without its partner), which is not text.";

    /// <summary>What is wrong with bytes that are not UTF-8, as Excel's plain "CSV" (Windows-1252) is not.</summary>
    public const string NotUtf8 = "Is not UTF-8 text: save the file as UTF-8 (in Excel, \"CSV UTF-8\").";

    /// <summary>
    /// What is wrong with a JSON string System.Text.Json could not read as text (its exception says which, and nothing else
    /// does): bytes that are not UTF-8, or half a surrogate pair; null when the exception is about something else (a value
    /// of another type).
    /// </summary>
    public static string? Unreadable(InvalidOperationException exception) =>
        exception.Message.Contains("UTF-8", StringComparison.Ordinal) ? NotUtf8
        : exception.Message.Contains("UTF-16", StringComparison.Ordinal) || exception.Message.Contains("surrogate", StringComparison.OrdinalIgnoreCase) ? HalfASurrogatePair
        : null;

    /// <summary>What is wrong with <paramref name="text"/>, or null when XML can carry it.</summary>
    public static string? Problem(string? text)
    {
        if (text is null)
        {
            return null;
        }
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(text[i]))
            {
                return $"Character {i + 1} is U+{(int)text[i]:X4}, which XML cannot carry: no control characters other than tab, "
                       + "line feed and carriage return, no U+FFFE or U+FFFF, no lone surrogates.";
            }
        }
        return null;
    }
}
