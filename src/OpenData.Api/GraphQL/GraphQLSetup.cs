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
                options.MaxDepth = limits.MaxDepth;
                options.MaxComplexity = limits.MaxComplexity;
                // Introspection reads the schema, not the database: it costs nothing, so tools such as GraphiQL can always load it.
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

    /// <summary>The schema in SDL, with every description.</summary>
    public static string Sdl(ISchema schema)
    {
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal });
    }
}
