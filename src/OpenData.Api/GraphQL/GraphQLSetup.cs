using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQL.Validation.Complexity;
using GraphQLParser.AST;

namespace OpenData.Api.GraphQL;

public static class GraphQLSetup
{
    public static WebApplicationBuilder AddGraphQLApi(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<GraphQLLimits>(builder.Configuration.GetSection("GraphQL"));
        var limits = builder.Configuration.GetSection("GraphQL").Get<GraphQLLimits>() ?? new GraphQLLimits();
        builder.Services.AddScoped<RequestLoaders>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTransient(typeof(OpenDataEnumType<>));
        builder.Services.AddTransient(typeof(EnumFilterInput<>));
        builder.Services.AddTransient(typeof(EdgeType<,>));
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<OpenDataSchema>()
            .AddSystemTextJson(options => options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All))
            .AddGraphTypes(typeof(OpenDataSchema).Assembly)
            // Resolvers share the request's DbContext, so they run one at a time; batch loaders keep the query count low.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddComplexityAnalyzer(options =>
            {
                // Depth is checked below, where introspection can be let through.
                options.MaxDepth = null;
                options.MaxComplexity = limits.MaxComplexity;
                // Introspection reads the schema, not the database: it costs nothing, so tools such as GraphiQL can always load it.
                // A GraphQL request costs as many requests as its complexity earns, charged before it runs.
                options.ValidateComplexityDelegate = context =>
                {
                    if (IsIntrospectionOnly(context.ValidationContext.Operation))
                    {
                        // GraphiQL's introspection query nests types 15 deep; it reads no data, and the size limits still bound it.
                        return Task.CompletedTask;
                    }
                    if (context.MaxDepth > limits.MaxDepth)
                    {
                        context.Error = new global::GraphQL.Validation.ValidationError(
                            $"Query is too nested to execute. Its depth is {context.MaxDepth} levels; the maximum allowed on this endpoint is {limits.MaxDepth} (over by {context.MaxDepth - limits.MaxDepth}).")
                        { Code = "COMPLEXITY" };
                        return Task.CompletedTask;
                    }
                    var services = context.ValidationContext.RequestServices;
                    var http = services?.GetService<IHttpContextAccessor>()?.HttpContext;
                    var rateLimits = services?.GetService<Microsoft.Extensions.Options.IOptions<Infrastructure.RateLimitOptions>>()?.Value;
                    var extra = rateLimits is null ? 0 : (int)(context.TotalImpact / Math.Max(1, rateLimits.GraphQLComplexityPerPermit));
                    if (http is not null && extra > 0)
                    {
                        var quota = Infrastructure.RateLimiting.PartitionOf(http).StartsWith("key:", StringComparison.Ordinal)
                            ? rateLimits!.KeyPermitsPerWindow : rateLimits!.AnonymousPermitsPerWindow;
                        // A query dearer than a whole window can never run; the limiter would refuse to even count it.
                        using var lease = extra > quota ? null : services!.GetRequiredService<Infrastructure.ClientRateLimiter>().Limiter.AttemptAcquire(http, extra);
                        if (lease is not { IsAcquired: true })
                        {
                            http.Items[GraphQLEndpoint.RateLimitedItem] = true;
                            context.Error = new global::GraphQL.Validation.ValidationError(
                                $"This query costs {extra + 1} requests (complexity {context.TotalImpact:0}); the client has too few left in this window.")
                            { Code = "RATE_LIMITED" };
                        }
                    }
                    return Task.CompletedTask;
                };
                var estimate = options.DefaultComplexityImpactDelegate;
                options.DefaultComplexityImpactDelegate = context =>
                    context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal)
                        ? new FieldComplexityResult(0, 1)
                        : estimate(context);
            })
            .AddErrorInfoProvider(options => options.ExposeExceptionDetails = false));
        return builder;
    }

    public static WebApplication MapGraphQLApi(this WebApplication app)
    {
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], GraphQLEndpoint.HandleAsync)
            .ExcludeFromDescription();
        app.MapGet("/graphql/schema.graphql", (ISchema schema) => Results.Text(Sdl(schema), "text/plain; charset=utf-8"))
            .ExcludeFromDescription();
        return app;
    }

    private static bool IsIntrospectionOnly(GraphQLParser.AST.GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLParser.AST.GraphQLField field && field.Name.Value.Span.StartsWith("__"));

    /// <summary>The schema in SDL, with every description.</summary>
    public static string Sdl(ISchema schema)
    {
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal });
    }
}
