using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpenData.Api.Infrastructure;

/// <summary>A JSON schema and an example for a response whose body is written by hand rather than serialised from a record (JSON-stat).</summary>
public sealed record ResponseSchema(int StatusCode, string ContentType, Func<OpenApiSchema> Schema, Func<JsonNode> Example);

public static class ResponseSchemaExtensions
{
    public static RouteHandlerBuilder ProducesSchema(this RouteHandlerBuilder builder, int statusCode, string contentType, Func<OpenApiSchema> schema,
        Func<JsonNode> example) =>
        builder.WithMetadata(new ResponseSchema(statusCode, contentType, schema, example));
}

/// <summary>
/// Documents what every operation can answer, beyond what its handler declares: the media types of bodies that are
/// not records (CSV, RDF), 304 for GETs, 429 and 503 with Retry-After, and the headers every answer carries.
/// </summary>
internal sealed class ResponsesDocumentationFilter : IOperationFilter
{
    private static bool IsText(string contentType) => contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("+xml", StringComparison.Ordinal);

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        foreach (var produces in metadata.OfType<IProducesResponseTypeMetadata>().Where(p => p.Type is null || p.Type == typeof(void)))
        {
            var response = Response(operation, produces.StatusCode);
            foreach (var contentType in produces.ContentTypes)
            {
                response.Content ??= new Dictionary<string, OpenApiMediaType>();
                // A body that is no record is text (CSV, RDF/XML, Turtle) or bytes (Parquet): a generated client types it as a
                // string or a binary body, not unknown.
                response.Content.TryAdd(contentType, new OpenApiMediaType
                {
                    Schema = contentType.EndsWith("json", StringComparison.Ordinal) ? null
                        : IsText(contentType) ? new OpenApiSchema { Type = JsonSchemaType.String }
                        : new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                });
            }
        }
        foreach (var schema in metadata.OfType<ResponseSchema>())
        {
            var response = Response(operation, schema.StatusCode);
            response.Content ??= new Dictionary<string, OpenApiMediaType>();
            response.Content[schema.ContentType] = new OpenApiMediaType { Schema = schema.Schema(), Example = schema.Example() };
        }

        var isGet = string.Equals(context.ApiDescription.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase);
        foreach (var (status, response) in operation.Responses)
        {
            if (status.StartsWith('2') && response is OpenApiResponse success)
            {
                AddHeaders(success, isGet);
            }
        }
        if (isGet)
        {
            operation.Responses.TryAdd("304", new OpenApiResponse
            {
                Description = "Oförändrad sedan If-None-Match. / Not modified since If-None-Match.",
                Headers = new Dictionary<string, IOpenApiHeader> { ["ETag"] = Header("Svarets version. / The answer's version.") },
            });
        }
        operation.Responses.TryAdd("429", Problem("För många begäranden; vänta så många sekunder som Retry-After anger. / Too many requests; wait as many seconds as Retry-After says.",
            withRetryAfter: true));
        operation.Responses.TryAdd("503", Problem("Databasen är upptagen eller inte tillgänglig; försök igen efter Retry-After. / The database is busy or unavailable; retry after Retry-After.",
            withRetryAfter: true));
    }

    private static OpenApiResponse Response(OpenApiOperation operation, int statusCode)
    {
        var status = statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.TryGetValue(status, out var existing) && existing is OpenApiResponse concrete)
        {
            return concrete;
        }
        var created = new OpenApiResponse { Description = "OK." };
        operation.Responses[status] = created;
        return created;
    }

    private static void AddHeaders(OpenApiResponse response, bool isGet)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers.TryAdd("RateLimit", Header("Kvar i fönstret: \"default\";r=<kvar>;t=<sekunder>. / Left in the window: \"default\";r=<remaining>;t=<seconds>."));
        response.Headers.TryAdd("RateLimit-Policy", Header("Gränsen: \"default\";q=<begäranden>;w=<sekunder>. / The limit: \"default\";q=<requests>;w=<seconds>."));
        response.Headers.TryAdd("traceparent", Header("W3C-spårkontext för begäran. / The request's W3C trace context."));
        if (isGet)
        {
            response.Headers.TryAdd("ETag", Header("Svarets version, för If-None-Match. / The answer's version, for If-None-Match."));
            response.Headers.TryAdd("Content-Language", Header("Svarets språk, sv eller en. / The answer's language, sv or en."));
            response.Headers.TryAdd("Link", Header("RFC 8288-länkar till sidorna, på listor. / RFC 8288 links to the pages, on lists."));
        }
    }

    private static OpenApiResponse Problem(string description, bool withRetryAfter) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(nameof(Microsoft.AspNetCore.Mvc.ProblemDetails)) },
        },
        Headers = withRetryAfter
            ? new Dictionary<string, IOpenApiHeader> { ["Retry-After"] = Header("Sekunder att vänta. / Seconds to wait.", JsonSchemaType.Integer) }
            : null,
    };

    private static OpenApiHeader Header(string description, JsonSchemaType type = JsonSchemaType.String) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = type } };
}
