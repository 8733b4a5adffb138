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
