using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OpenData.Api.Infrastructure;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpenData.Api.Querying;

/// <summary>One REST query parameter of a list, as the documentation shows it; the example is written as text and typed by <paramref name="Type"/>.</summary>
public sealed record QueryParameterDoc(string Name, string Description, JsonSchemaType Type, IReadOnlyList<string>? Values, string? Example)
{
    /// <summary>Takes several values, comma-separated (kind=region,municipality): documented as an array in form style, not exploded.</summary>
    public bool Several { get; init; }
    public int? Minimum { get; init; }
    public int? Maximum { get; init; }
    public int? Default { get; init; }
    public string? Format { get; init; }
}

/// <summary>What a list's query definition tells its documentation.</summary>
public interface IQueryDescription
{
    IEnumerable<QueryParameterDoc> RestParameters(int defaultLimit, int maxLimit);
}

/// <summary>Endpoint metadata: this endpoint answers list requests of the given query definition.</summary>
public sealed record ListQueryMetadata(IQueryDescription Query) : IValidatesOwnParameters;

public static class ListQueryEndpointExtensions
{
    /// <summary>Documents the list's filter, search, sort and paging parameters, all taken from its query definition.</summary>
    public static RouteHandlerBuilder WithListQuery(this RouteHandlerBuilder builder, IQueryDescription query) =>
        builder.WithMetadata(new ListQueryMetadata(query));
}

public static class ListQueryDocumentation
{
    /// <summary>
    /// Documents every list endpoint's query parameters in the OpenAPI document. Called before AddApiDocumentation, so that
    /// the document's own filters, which describe an operation's parameters and responses, see them.
    /// </summary>
    public static WebApplicationBuilder AddListQueryDocumentation(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureSwaggerGen(options => options.OperationFilter<ListQueryParametersFilter>());
        return builder;
    }
}

/// <summary>Adds the query parameters of list endpoints to the OpenAPI document.</summary>
internal sealed class ListQueryParametersFilter(Microsoft.Extensions.Options.IOptions<PagingLimits> limits) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ListQueryMetadata>().FirstOrDefault();
        if (metadata is null)
        {
            return;
        }
        operation.Parameters ??= [];
        var maxLimit = metadata.Query is IQueryDescription q && q.RestParameters(0, 0).Any(p => p.Name == ListRequest.CursorParameter)
            ? limits.Value.MaxObservationPageSize
            : limits.Value.MaxPageSize;
        foreach (var parameter in metadata.Query.RestParameters(limits.Value.DefaultPageSize, maxLimit))
        {
            var schema = new OpenApiSchema
            {
                Type = parameter.Type,
                Format = parameter.Format,
                Minimum = parameter.Minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Maximum = parameter.Maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Default = parameter.Default is { } value ? JsonValue.Create(value) : null,
            };
            if (parameter.Values is not null)
            {
                schema.Enum = [.. parameter.Values.Select(v => (JsonNode)JsonValue.Create(v)!)];
            }
            var example = Typed(parameter.Example, parameter.Type);
            // kind=region,municipality is an array of kinds, written comma-separated (style form, explode false): typed as a
            // single kind, a generated client could not ask for two, and a validator would refuse the request.
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = parameter.Name,
                In = ParameterLocation.Query,
                Required = false,
                Description = parameter.Description,
                Schema = parameter.Several ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = schema, MinItems = 1 } : schema,
                Style = parameter.Several ? ParameterStyle.Form : null,
                Explode = !parameter.Several,
                Example = parameter.Several && example is not null ? new JsonArray(example) : example,
            });
        }
    }

    /// <summary>An example of the parameter's own JSON type: 20, not "20", on an integer.</summary>
    private static JsonNode? Typed(string? example, JsonSchemaType type) => example switch
    {
        null => null,
        _ when type.HasFlag(JsonSchemaType.Integer) && long.TryParse(example, System.Globalization.CultureInfo.InvariantCulture, out var integer) => JsonValue.Create(integer),
        _ when type.HasFlag(JsonSchemaType.Number) && double.TryParse(example, System.Globalization.CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        _ when type.HasFlag(JsonSchemaType.Boolean) && bool.TryParse(example, out var flag) => JsonValue.Create(flag),
        _ => JsonValue.Create(example),
    };
}

/// <summary>Documents an endpoint that takes only a resource's filters and lang (no sort, no paging).</summary>
public sealed class FilterQueryDescription<T>(QueryDefinition<T> definition) : IQueryDescription
{
    public IEnumerable<QueryParameterDoc> RestParameters(int defaultLimit, int maxLimit)
    {
        var accepted = ListRequest.FilterParameters(definition).Append(ListRequest.LanguageParameter).ToHashSet(StringComparer.Ordinal);
        return definition.RestParameters(defaultLimit, maxLimit).Where(p => accepted.Contains(p.Name));
    }
}
