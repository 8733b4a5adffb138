using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OpenData.Api.Data;

internal static class ModelBuilderExtensions
{
    /// <summary>Stores an enum as its kebab-case name ("healthcare-region"), the same spelling the API uses.</summary>
    public static PropertyBuilder<TEnum> HasKebabCaseConversion<TEnum>(this PropertyBuilder<TEnum> property)
        where TEnum : struct, Enum =>
        property.HasConversion(new KebabCaseEnumConverter<TEnum>()).HasMaxLength(40);

    public static PropertyBuilder<TEnum?> HasKebabCaseConversion<TEnum>(this PropertyBuilder<TEnum?> property)
        where TEnum : struct, Enum =>
        property.HasConversion(new KebabCaseEnumConverter<TEnum>()).HasMaxLength(40);
}

internal sealed class KebabCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => KebabCase.ToName(value),
    name => KebabCase.Parse<TEnum>(name))
    where TEnum : struct, Enum;

public static class KebabCase
{
    public static string ToName<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Cache<TEnum>.ByValue.TryGetValue(value, out var name) ? name : JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>The same name for a value whose enum type is known only at run time (the pages' filter options).</summary>
    public static string ToName(Enum value) => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static TEnum Parse<TEnum>(string name) where TEnum : struct, Enum =>
        TryParse<TEnum>(name, out var value) ? value : throw new FormatException($"'{name}' is not a {typeof(TEnum).Name}.");

    public static bool TryParse<TEnum>(string name, out TEnum value) where TEnum : struct, Enum =>
        Cache<TEnum>.ByName.TryGetValue(name, out value);

    /// <summary>The same for a name that is not a string yet (a column read straight from the database).</summary>
    public static TEnum Parse<TEnum>(ReadOnlySpan<char> name) where TEnum : struct, Enum =>
        TryParse<TEnum>(name, out var value) ? value : throw new FormatException($"'{name}' is not a {typeof(TEnum).Name}.");

    /// <inheritdoc cref="Parse{TEnum}(ReadOnlySpan{char})"/>
    public static bool TryParse<TEnum>(ReadOnlySpan<char> name, out TEnum value) where TEnum : struct, Enum =>
        Cache<TEnum>.ByName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out value);

    public static IReadOnlyList<string> Names<TEnum>() where TEnum : struct, Enum => Cache<TEnum>.All;

    /// <summary>The names of one enum, worked out once: imports convert millions of values.</summary>
    private static class Cache<TEnum> where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> ByValue =
            Enum.GetValues<TEnum>().ToDictionary(v => v, v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));

        public static readonly Dictionary<string, TEnum> ByName = ByValue.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

        public static readonly IReadOnlyList<string> All = [.. ByValue.Values];
    }
}
