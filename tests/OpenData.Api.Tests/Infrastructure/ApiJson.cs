using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>How the API writes JSON, for reading its answers into the response records: camelCase, enums in kebab-case.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}
