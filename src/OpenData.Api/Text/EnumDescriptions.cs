using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;

namespace OpenData.Api.Text;

/// <summary>
/// The Swedish and English descriptions ("Kommun. / Municipality.") a feature gives its enums and their values with
/// <see cref="DescriptionAttribute"/>. GraphQL publishes them and the pages label values with them.
/// </summary>
public static class EnumDescriptions
{
    private static readonly ConcurrentDictionary<MemberInfo, string> Cache = new();

    public static string Of(Type type) => Describe(type, type.Name);

    public static string Of(Enum value)
    {
        var type = value.GetType();
        var field = type.GetField(value.ToString(), BindingFlags.Public | BindingFlags.Static)
                    ?? throw new KeyNotFoundException($"{type.Name} has no value {value}.");
        return Describe(field, $"{type.Name}.{value}");
    }

    private static string Describe(MemberInfo member, string name) =>
        Cache.GetOrAdd(member, m => m.GetCustomAttribute<DescriptionAttribute>()?.Description
                                    ?? throw new KeyNotFoundException($"No description for {name}: give it a [Description(\"Svenska. / English.\")]."));
}
