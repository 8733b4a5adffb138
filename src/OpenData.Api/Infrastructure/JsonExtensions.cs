using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenData.Api.Infrastructure;

public static class JsonExtensions
{
    /// <summary>camelCase JSON with enums written as their kebab-case names ("healthcare-region").</summary>
    public static WebApplicationBuilder AddApiJson(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        return builder;
    }
}
