using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpenData.Api.Infrastructure;

/// <summary>Values the OpenAPI examples of every feature share, which no seed record states.</summary>
public static class ExampleValues
{
    /// <summary>When the examples' records were last written (RFC 3339, UTC); in a real answer, when the seed data was loaded or changed.</summary>
    public static readonly DateTime UpdatedAt = new(2026, 11, 25, 8, 0, 0, DateTimeKind.Utc);

    /// <summary>The W3C trace id problem details carry.</summary>
    public const string TraceId = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
}

/// <summary>An example body for the OpenAPI document: the typed instance, so that it has every member its record has.</summary>
/// <param name="Value">The body. A <see cref="ProblemDetails"/> is the example of the problem its status names.</param>
/// <param name="ContentType">The one media type it is shown for; null: every body of its type.</param>
public sealed record OpenApiExample(object Value, string? ContentType);

/// <summary>A request body in one media type, documented as the type of its example (an upload whose JSON is not what the handler binds).</summary>
public sealed record OpenApiRequestBodyExample(string ContentType, Type Type, object Value);

/// <summary>A path parameter that names a record: its example, and the kind of record a 404 says is missing.</summary>
public sealed record OpenApiPathParameter(string Name, string Resource, string Example);

public static class OpenApiExampleExtensions
{
    /// <summary>
    /// Shows <paramref name="example"/> in the OpenAPI document for every request or response body of its type on these endpoints
    /// (or only for <paramref name="contentType"/>), serialised as the API serialises it. An endpoint's own example wins over its group's.
    /// </summary>
    public static TBuilder WithExample<TBuilder>(this TBuilder builder, object example, string? contentType = null) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new OpenApiExample(example, contentType));

    /// <summary>Documents the request body in <paramref name="contentType"/> as a <typeparamref name="T"/>, with <paramref name="example"/>.</summary>
    public static TBuilder WithRequestBody<TBuilder, T>(this TBuilder builder, string contentType, T example) where TBuilder : IEndpointConventionBuilder where T : notnull =>
        builder.WithMetadata(new OpenApiRequestBodyExample(contentType, typeof(T), example));

    /// <summary>Gives the path parameter <paramref name="name"/> its example, and names the kind of record a 404 for it is about.</summary>
    public static TBuilder WithPathParameter<TBuilder>(this TBuilder builder, string name, string resource, string example) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new OpenApiPathParameter(name, resource, example));
}

/// <summary>
/// Puts the examples the endpoints declare into the OpenAPI document (Sweden's REST API profile, DOK.15: whole requests and answers),
/// serialised with the API's own JSON options so that enums, dates and nulls are written exactly as the API writes them, and gives
/// problem details the example the API's own code would write for their status.
/// </summary>
internal sealed class OpenApiExamplesFilter(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IOperationFilter
{
    /// <summary>The id a 404 example asks for.</summary>
    private const string MissingId = "finns-inte";
    private const int RetryAfterSeconds = 5;

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        // Metadata lists a group's conventions before the endpoint's own, so the last registered is the most specific.
        var examples = metadata.OfType<OpenApiExample>().Reverse().ToList();
        var pathParameters = metadata.OfType<OpenApiPathParameter>().Reverse().DistinctBy(p => p.Name).ToList();

        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Path))
        {
            if (pathParameters.FirstOrDefault(p => p.Name == parameter.Name) is { } known)
            {
                parameter.Example = JsonValue.Create(known.Example);
            }
        }
        DocumentRequestBody(operation, context, examples);
        DocumentResponses(operation, context, examples);
        DocumentProblems(operation, context, examples, pathParameters);
    }

    private void DocumentRequestBody(OpenApiOperation operation, OperationFilterContext context, List<OpenApiExample> examples)
    {
        if (operation.RequestBody is not OpenApiRequestBody body)
        {
            return;
        }
        body.Content ??= new Dictionary<string, OpenApiMediaType>();
        foreach (var declared in context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<OpenApiRequestBodyExample>())
        {
            body.Content[declared.ContentType] = new OpenApiMediaType
            {
                Schema = context.SchemaGenerator.GenerateSchema(declared.Type, context.SchemaRepository),
                Example = Serialize(declared.Value),
            };
        }
        var bodyType = context.ApiDescription.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body)?.Type;
        foreach (var (contentType, media) in body.Content.Where(c => c.Value.Example is null))
        {
            if (Find(examples, bodyType, contentType) is { } example)
            {
                media.Example = Serialize(example);
            }
        }
    }

    private void DocumentResponses(OpenApiOperation operation, OperationFilterContext context, List<OpenApiExample> examples)
    {
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is not OpenApiResponse { Content: not null } concrete)
            {
                continue;
            }
            var declared = context.ApiDescription.SupportedResponseTypes
                .Where(r => r.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) == status).Select(r => r.Type).ToList();
            foreach (var (contentType, media) in concrete.Content.Where(c => c.Value.Example is null))
            {
                if (declared.Select(type => Find(examples, type, contentType)).FirstOrDefault(e => e is not null) is { } example)
                {
                    media.Example = Serialize(example);
                }
            }
        }
    }

    /// <summary>An example registered for this media type, else one whose type is the body's (or implements it, for lists).</summary>
    private static object? Find(List<OpenApiExample> examples, Type? bodyType, string contentType)
    {
        var forMediaType = examples.FirstOrDefault(e => e.ContentType == contentType && e.Value is not ProblemDetails);
        if (forMediaType is not null)
        {
            return forMediaType.Value;
        }
        // An example given without a media type is of the JSON body: it does not describe a CSV or Parquet one beside it.
        if (bodyType is null || bodyType == typeof(void) || bodyType == typeof(object) || !contentType.EndsWith("json", StringComparison.Ordinal))
        {
            return null;
        }
        return examples.FirstOrDefault(e => e.ContentType is null && e.Value is not ProblemDetails
                                            && (e.Value.GetType() == bodyType || (bodyType.IsInterface && bodyType.IsInstanceOfType(e.Value))))?.Value;
    }

    private void DocumentProblems(OpenApiOperation operation, OperationFilterContext context, List<OpenApiExample> examples,
        List<OpenApiPathParameter> pathParameters)
    {
        var template = "/" + context.ApiDescription.RelativePath!.Split('?')[0];
        string Path(string? id = null) =>
            pathParameters.Aggregate(template, (path, p) => path.Replace($"{{{p.Name}}}", id ?? p.Example, StringComparison.Ordinal));
        var resource = pathParameters.FirstOrDefault(p => template.Contains($"{{{p.Name}}}", StringComparison.Ordinal));

        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is not OpenApiResponse { Content: not null } concrete
                || !concrete.Content.TryGetValue("application/problem+json", out var media) || media.Example is not null)
            {
                continue;
            }
            var code = int.Parse(status, System.Globalization.CultureInfo.InvariantCulture);
            var (problem, instance) = examples.Select(e => e.Value).OfType<ProblemDetails>().FirstOrDefault(p => p.Status == code) is { } declared
                ? (declared, Path())
                : code switch
                {
                    StatusCodes.Status400BadRequest => (Languages.InvalidLanguage().ProblemDetails, Path() + "?lang=xx"),
                    StatusCodes.Status401Unauthorized => (ApiProblems.Unauthorized(), Path()),
                    StatusCodes.Status404NotFound when resource is not null => (ApiProblems.NotFound(resource.Resource, MissingId).ProblemDetails, Path(MissingId)),
                    StatusCodes.Status429TooManyRequests => (ApiProblems.TooManyRequests(RetryAfterSeconds), Path()),
                    StatusCodes.Status503ServiceUnavailable => (ApiProblems.ServiceUnavailable(RetryAfterSeconds), Path()),
                    _ => ((ProblemDetails?)null, ""),
                };
            if (problem is null)
            {
                continue;
            }
            // What the error handling adds to every problem: the request's path and the trace id.
            var example = Serialize(problem)!.AsObject();
            example["instance"] ??= instance;
            example["traceId"] = ExampleValues.TraceId;
            media.Example = example;
        }
    }

    private JsonNode? Serialize(object value) =>
        value is JsonNode node ? node.DeepClone() : JsonSerializer.SerializeToNode(value, value.GetType(), json.Value.SerializerOptions);
}
