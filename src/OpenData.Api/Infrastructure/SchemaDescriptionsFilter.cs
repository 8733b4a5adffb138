using System.ComponentModel;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpenData.Api.Infrastructure;

/// <summary>
/// The description of an enum's schema in the OpenAPI document where it says more than the enum's own
/// <see cref="DescriptionAttribute"/>: OpenAPI has no description for each value, as GraphQL has, so this one names them.
/// </summary>
[AttributeUsage(AttributeTargets.Enum)]
public sealed class OpenApiDescriptionAttribute(string description) : Attribute
{
    public string Description => description;
}

/// <summary>
/// Describes, in Swedish and English, the schemas that have no XML documentation of their own: enums, by their
/// <see cref="OpenApiDescriptionAttribute"/> or else their <see cref="DescriptionAttribute"/>, and problem details.
/// </summary>
internal sealed class SchemaDescriptionsFilter : ISchemaFilter
{
    private static readonly Dictionary<Type, string> Problems = new()
    {
        [typeof(ProblemDetails)] = "Ett fel enligt RFC 9457 med type, title, status, detail, instance och traceId. / An error as RFC 9457 problem details with type, title, status, detail, instance and traceId.",
        [typeof(HttpValidationProblemDetails)] = "Ogiltiga parametrar enligt RFC 9457; errors namnger varje parameter och vad den tar emot. / "
                                                 + "Invalid parameters as RFC 9457 problem details; errors names each parameter and what it accepts.",
    };

    private static readonly Dictionary<string, string> ProblemMembers = new()
    {
        ["type"] = "URI som identifierar feltypen. / URI identifying the kind of problem.",
        ["title"] = "Kort sammanfattning av feltypen. / Short summary of the kind of problem.",
        ["status"] = "HTTP-statuskoden. / The HTTP status code.",
        ["detail"] = "Vad som gick fel i just denna begäran. / What went wrong in this request.",
        ["instance"] = "Begärans sökväg och frågesträng. / The request's path and query.",
        ["errors"] = "Per parameter: vad som är fel och vad den tar emot. / Per parameter: what is wrong and what it accepts.",
        ["traceId"] = "W3C-spår-id att uppge vid kontakt; felet loggas under det. / W3C trace id to quote; the error is logged under it.",
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || DescriptionOf(context.Type) is not { } description)
        {
            return;
        }
        concrete.Description = description;
        if (Problems.ContainsKey(context.Type))
        {
            concrete.Properties ??= new Dictionary<string, IOpenApiSchema>();
            concrete.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String };
            concrete.Required = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, property) in concrete.Properties)
            {
                if (property is OpenApiSchema member && ProblemMembers.TryGetValue(name, out var text))
                {
                    member.Description = text;
                    // Every problem this API writes has these (ErrorHandlingExtensions fills in what a handler leaves out).
                    if (name != "errors")
                    {
                        member.Type &= ~JsonSchemaType.Null;
                        concrete.Required.Add(name);
                    }
                }
            }
        }
    }

    private static string? DescriptionOf(Type type) =>
        Problems.TryGetValue(type, out var problem) ? problem
        : type.IsEnum ? type.GetCustomAttribute<OpenApiDescriptionAttribute>()?.Description ?? type.GetCustomAttribute<DescriptionAttribute>()?.Description
        : null;
}
