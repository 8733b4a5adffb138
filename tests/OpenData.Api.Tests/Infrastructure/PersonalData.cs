using System.Text.RegularExpressions;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>Finds e-mail addresses and Swedish phone numbers in text.</summary>
public static partial class PersonalData
{
    public static IEnumerable<string> Find(string text) =>
        EmailAddress().Matches(text).Concat(PhoneNumber().Matches(text)).Select(m => m.Value);

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailAddress();

    // 08-452 79 06, 070-123 45 67, +46 8 123 45 67: a leading 0 or +46, then groups of digits.
    [GeneratedRegex(@"(?<![\d\w])(?:\+46\s?|0)\d{1,3}[-\s]?\d{2,3}(?:\s?\d{2}){2}(?!\d)")]
    private static partial Regex PhoneNumber();
}
