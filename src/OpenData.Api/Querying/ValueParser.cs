using System.Globalization;
using System.Text.Json;
using OpenData.Api.Text;

namespace OpenData.Api.Querying;

/// <summary>Reads a query-string value as the type a filter field compares with, or says what it accepts.</summary>
public static class ValueParser
{
    public const int MaxTextLength = 200;

    public static bool TryParse(Type type, string raw, out object value, out string error)
    {
        value = raw;
        error = "";
        if (type == typeof(string))
        {
            if (raw.Length > MaxTextLength)
            {
                error = $"is longer than {MaxTextLength} characters";
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
            error = $"'{Excerpt.Shorten(raw)}' is not one of {string.Join(", ", EnumNames(type))}";
            return false;
        }
        error = $"'{Excerpt.Shorten(raw)}' is not {Describe(type)}";
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

    public static string Describe(Type type) => type switch
    {
        _ when type == typeof(int) || type == typeof(long) => "a whole number",
        _ when type == typeof(double) => "a number",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(DateTime) => "an RFC 3339 timestamp such as 2026-01-31T12:00:00Z",
        _ => "text",
    };
}
