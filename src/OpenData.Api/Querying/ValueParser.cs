using System.Globalization;
using System.Text.Json;
using OpenData.Api.Text;

namespace OpenData.Api.Querying;

/// <summary>Reads a query-string value as the type a filter field compares with, or says what it accepts.</summary>
public static class ValueParser
{
    public const int MaxTextLength = 200;

    public static bool TryParse(Type type, string raw, out object value, out ErrorMessage error)
    {
        value = raw;
        error = new("", "");
        if (type == typeof(string))
        {
            if (raw.Length > MaxTextLength)
            {
                error = new($"är längre än {MaxTextLength} tecken", $"is longer than {MaxTextLength} characters");
                return false;
            }
            return true;
        }
        if (type == typeof(int) && int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            value = integer;
            return true;
        }
        if (type == typeof(long) && long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var longValue))
        {
            value = longValue;
            return true;
        }
        if (type == typeof(double) && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            value = number;
            return true;
        }
        if (type == typeof(bool) && bool.TryParse(raw, out var boolean))
        {
            value = boolean;
            return true;
        }
        if (type == typeof(DateTime) && TryParseTimestamp(raw, out var timestamp))
        {
            value = timestamp;
            return true;
        }
        if (type.IsEnum)
        {
            foreach (var candidate in Enum.GetValues(type))
            {
                if (string.Equals(EnumName(candidate), raw, StringComparison.Ordinal))
                {
                    value = candidate;
                    return true;
                }
            }
            error = new($"'{Excerpt.Shorten(raw)}' är inte något av {string.Join(", ", EnumNames(type))}",
                $"'{Excerpt.Shorten(raw)}' is not one of {string.Join(", ", EnumNames(type))}");
            return false;
        }
        error = IsNot(raw, Describe(type));
        return false;
    }

    /// <summary>RFC 3339 ("2026-01-31T12:00:00Z") or a date ("2026-01-31", read as midnight UTC).</summary>
    public static bool TryParseTimestamp(string raw, out DateTime timestamp)
    {
        var parsed = DateTimeOffset.TryParseExact(raw,
            ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd"],
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var offset);
        timestamp = parsed ? offset.UtcDateTime : default;
        return parsed;
    }

    public static string EnumName(object value) => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()!);

    public static IEnumerable<string> EnumNames(Type type) => Enum.GetValues(type).Cast<object>().Select(EnumName);

    /// <summary>"'x' is not a whole number" in both languages.</summary>
    public static ErrorMessage IsNot(string raw, ErrorMessage what) =>
        new($"'{Excerpt.Shorten(raw)}' är inte {what.Sv}", $"'{Excerpt.Shorten(raw)}' is not {what.En}");

    /// <summary>What a value of the type looks like ("a whole number").</summary>
    public static ErrorMessage Describe(Type type) => type switch
    {
        _ when type == typeof(int) || type == typeof(long) => new("ett heltal", "a whole number"),
        _ when type == typeof(double) => new("ett tal", "a number"),
        _ when type == typeof(bool) => new("true eller false", "true or false"),
        _ when type == typeof(DateTime) => new("en tidpunkt enligt RFC 3339, till exempel 2026-01-31T12:00:00Z", "an RFC 3339 timestamp such as 2026-01-31T12:00:00Z"),
        _ => new("text", "text"),
    };
}
