using Microsoft.OpenApi;
using OpenData.Api.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OpenData.Api.ApiInfo;
using OpenData.Api.Data;

namespace OpenData.Api.Catalog;

public static class CatalogApi
{
    public const string RdfXml = "application/rdf+xml";
    public const string Turtle = "text/turtle";
    public const string JsonLd = "application/ld+json";

    public static RouteGroupBuilder MapCatalogApi(this RouteGroupBuilder api)
    {
        api.MapGet("/catalog", GetCatalog)
            .WithName("GetCatalog")
            .WithTags("Katalog / Catalogue")
            .WithSummary("DCAT-AP-SE-katalog / DCAT-AP-SE catalogue")
            .WithDescription("Katalogen enligt DCAT-AP-SE 3.0.1 för dataportal.se: RDF/XML som standard, Turtle eller JSON-LD via Accept. / "
                             + "The catalogue in DCAT-AP-SE 3.0.1 for dataportal.se: RDF/XML by default, Turtle or JSON-LD by Accept.")
            .Produces(StatusCodes.Status200OK, contentType: RdfXml, additionalContentTypes: [Turtle])
            .ProducesSchema(StatusCodes.Status200OK, JsonLd, ExpandedJsonLdSchema)
            .ProducesProblem(StatusCodes.Status406NotAcceptable);
        return api;
    }

    /// <summary>Expanded JSON-LD: a list of nodes, each with its IRI, its types and its properties as lists of values.</summary>
    private static OpenApiSchema ExpandedJsonLdSchema() => new()
    {
        Type = JsonSchemaType.Array,
        Description = "Expanderad JSON-LD: en lista av noder. / Expanded JSON-LD: a list of nodes.",
        Items = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string> { "@id" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["@id"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["@type"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
            // Every other member is a property: a list of values, each a node ({"@id"}) or a literal ({"@value"} with its language or datatype).
            AdditionalProperties = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Items = new OpenApiSchema
                {
                    OneOf =
                    [
                        new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Required = new HashSet<string> { "@id" },
                            Properties = new Dictionary<string, IOpenApiSchema> { ["@id"] = new OpenApiSchema { Type = JsonSchemaType.String } },
                            AdditionalPropertiesAllowed = false,
                        },
                        new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Required = new HashSet<string> { "@value" },
                            Properties = new Dictionary<string, IOpenApiSchema>
                            {
                                ["@value"] = new OpenApiSchema { Type = JsonSchemaType.String },
                                ["@language"] = new OpenApiSchema { Type = JsonSchemaType.String },
                                ["@type"] = new OpenApiSchema { Type = JsonSchemaType.String },
                            },
                            AdditionalPropertiesAllowed = false,
                        },
                    ],
                },
            },
        },
    };

    /// <summary>Serves the catalogue in the RDF syntax the client accepts.</summary>
    public static async Task<IResult> GetCatalog(HttpContext http, OpenDataDbContext db, IOptions<ApiInfoOptions> info)
    {
        var syntax = Negotiate(http.Request);
        if (syntax is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status406NotAcceptable, title: "Not Acceptable",
                detail: $"Accept {RdfXml} (the default), {Turtle} or {JsonLd}.", type: "https://httpstatuses.io/406");
        }
        var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        var graph = await CatalogGraph.BuildAsync(db, baseUrl, info.Value, http.RequestAborted);
        http.Response.ContentType = $"{syntax}; charset=utf-8";
        await (syntax switch
        {
            Turtle => Rdf.WriteTurtleAsync(http.Response.Body, graph),
            JsonLd => Rdf.WriteJsonLdAsync(http.Response.Body, graph),
            _ => Rdf.WriteRdfXmlAsync(http.Response.Body, graph),
        });
        return TypedResults.Empty;
    }

    private static string? Negotiate(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted) || accepted.Count == 0)
        {
            return RdfXml;
        }
        foreach (var media in accepted.Where(a => a.Quality is null or > 0).OrderByDescending(a => a.Quality ?? 1))
        {
            switch (media.MediaType.Value)
            {
                case RdfXml or "application/xml" or "text/xml" or "*/*" or "application/*":
                    return RdfXml;
                case Turtle:
                    return Turtle;
                case JsonLd or "application/json":
                    return JsonLd;
            }
        }
        return null;
    }
}
