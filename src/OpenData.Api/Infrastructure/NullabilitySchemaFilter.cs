using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpenData.Api.Infrastructure;

/// <summary>
/// Makes the schemas say what the JSON really holds. Every property of a response is always written (nulls included),
/// so every one is required; a property that can be null says so, also when it refers to another schema, where
/// Swashbuckle would write a bare $ref and generated clients would assume an object.
/// </summary>
internal sealed class NullabilitySchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } concrete)
        {
            return;
        }
        var nullability = new NullabilityInfoContext();
        var isRequest = context.Type.Name.EndsWith("Request", StringComparison.Ordinal);
        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!concrete.Properties.TryGetValue(name, out var member))
            {
                continue;
            }
            var omittedWhenNull = property.GetCustomAttribute<JsonIgnoreAttribute>()?.Condition == JsonIgnoreCondition.WhenWritingNull;
            var nullable = nullability.Create(property).ReadState == NullabilityState.Nullable;
            if (nullable && member is OpenApiSchemaReference reference)
            {
                concrete.Properties[name] = new OpenApiSchema
                {
                    Description = reference.Description,
                    OneOf = [new OpenApiSchemaReference(reference.Reference.Id!), new OpenApiSchema { Type = JsonSchemaType.Null }],
                };
            }
            if (!isRequest && !omittedWhenNull)
            {
                concrete.Required ??= new HashSet<string>(StringComparer.Ordinal);
                concrete.Required.Add(name);
            }
        }
    }
}
