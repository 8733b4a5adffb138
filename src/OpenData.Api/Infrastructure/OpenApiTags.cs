using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpenData.Api.Infrastructure;

/// <summary>What a tag of the OpenAPI document groups, in Swedish and English.</summary>
public sealed record OpenApiTagDescription(string Name, string Description);

public static class OpenApiTagExtensions
{
    /// <summary>Tags these endpoints with <paramref name="name"/>, and says what the tag groups.</summary>
    public static TBuilder WithTag<TBuilder>(this TBuilder builder, string name, string description) where TBuilder : IEndpointConventionBuilder =>
        builder.WithTags(name).WithMetadata(new OpenApiTagDescription(name, description));
}

/// <summary>Gives each tag of the document the description its endpoints declare.</summary>
internal sealed class TagDescriptionsFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var descriptions = context.ApiDescriptions
            .SelectMany(d => d.ActionDescriptor.EndpointMetadata.OfType<OpenApiTagDescription>())
            .Distinct()
            .GroupBy(t => t.Name)
            .ToDictionary(g => g.Key, g => g.Count() == 1
                ? g.Single().Description
                : throw new InvalidOperationException($"The tag '{g.Key}' is described in {g.Count()} different ways."));
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is not null && descriptions.TryGetValue(tag.Name, out var description))
            {
                tag.Description = description;
            }
        }
    }
}
