using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQL.Validation.Complexity;
using GraphQLParser.AST;
using OpenData.Api.Infrastructure;

namespace OpenData.Api.GraphQL;

public static class GraphQLSetup
{
    public static WebApplicationBuilder AddGraphQLApi(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<GraphQLLimits>(builder.Configuration.GetSection("GraphQL"));
        var limits = builder.Configuration.GetSection("GraphQL").Get<GraphQLLimits>() ?? new GraphQLLimits();
        builder.Services.AddGraphQLLoaders();
        builder.Services.AddImplementationsOf(typeof(IRelationFields<>));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTransient(typeof(OpenDataEnumType<>));
        builder.Services.AddTransient(typeof(EnumFilterInput<>));
        builder.Services.AddTransient(typeof(EdgeType<,>));
        builder.Services.AddSingleton<ValidatedDocuments>();
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<OpenDataSchema>()
            .AddSystemTextJson(options => options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All))
            .AddGraphTypes(typeof(OpenDataSchema).Assembly)
            // Resolvers share the request's DbContext, so they run one at a time; batch loaders keep the query count low.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddComplexityAnalyzer(options =>
            {
                // Depth and complexity are checked below: introspection has limits of its own.
                options.MaxDepth = null;
                options.MaxComplexity = null;
                // A GraphQL request costs as many requests as its complexity earns, charged before it runs.
                options.ValidateComplexityDelegate = async context =>
                {
                    var introspection = IsIntrospectionOnly(context.ValidationContext.Operation);
                    var (maxDepth, maxComplexity) = introspection
                        ? (IntrospectionPricing.MaxDepth, IntrospectionPricing.MaxComplexity)
                        : (limits.MaxDepth, limits.MaxComplexity);
                    if (context.MaxDepth > maxDepth)
                    {
                        context.Error = new global::GraphQL.Validation.ValidationError(
                            $"Query is too nested to execute. Its depth is {context.MaxDepth} levels; the maximum allowed on this endpoint is {maxDepth} (over by {context.MaxDepth - maxDepth}).")
                        { Code = "COMPLEXITY" };
                        return;
                    }
                    if (context.TotalImpact > maxComplexity)
                    {
                        context.Error = new global::GraphQL.Validation.ValidationError(
                            $"Query is too complex to execute. Its complexity is {context.TotalImpact:0}; the maximum allowed on this endpoint is {maxComplexity} (over by {context.TotalImpact - maxComplexity:0}).")
                        { Code = "COMPLEXITY" };
                        return;
                    }
                    if (introspection)
                    {
                        // Introspection reads the schema, not the database: it costs one request like any other, never more, so tools such as GraphiQL load it cheaply.
                        return;
                    }
                    var services = context.ValidationContext.RequestServices;
                    var http = services?.GetService<IHttpContextAccessor>()?.HttpContext;
                    var rateLimits = services?.GetService<Microsoft.Extensions.Options.IOptions<Infrastructure.RateLimitOptions>>()?.Value;
                    var extra = rateLimits is null ? 0 : (int)(context.TotalImpact / Math.Max(1, rateLimits.GraphQLComplexityPerPermit));
                    if (http is not null && extra > 0)
                    {
                        var quota = Infrastructure.RateLimiting.QuotaOf(Infrastructure.RateLimiting.PartitionOf(http), rateLimits!);
                        // A query dearer than a whole window can never run; the limiter would refuse to even count it.
                        using var lease = extra > quota ? null
                            : await services!.GetRequiredService<Infrastructure.ClientRateLimiter>().Limiter.AcquireAsync(http, extra, http.RequestAborted);
                        if (lease is not { IsAcquired: true })
                        {
                            http.Items[GraphQLEndpoint.RateLimitedItem] = true;
                            context.Error = new global::GraphQL.Validation.ValidationError(
                                $"This query costs {extra + 1} requests (complexity {context.TotalImpact:0}); the client has too few left in this window.")
                            { Code = "RATE_LIMITED" };
                        }
                    }
                };
                var estimate = options.DefaultComplexityImpactDelegate;
                options.DefaultComplexityImpactDelegate = context =>
                    IntrospectionPricing.IsIntrospectionField(context) ? IntrospectionPricing.Price(context) : PagePricing.Price(context, estimate(context));
            })
            .AddErrorInfoProvider(options => options.ExposeExceptionDetails = false));
        return builder;
    }

    /// <summary>A feature's root fields; the schema lists them in the order they are added.</summary>
    public static WebApplicationBuilder AddQueryFields<TFields>(this WebApplicationBuilder builder) where TFields : class, IQueryFields
    {
        builder.Services.AddSingleton<IQueryFields, TFields>();
        return builder;
    }

    public static WebApplication MapGraphQLApi(this WebApplication app)
    {
        // The schema is built once the host has started, so the first REST answer does not wait for it. A GraphQL request
        // that comes sooner waits for it: GraphQL.NET builds a schema once, under a lock.
        var lifetime = app.Lifetime;
        var (services, logger) = (app.Services, app.Logger);
        lifetime.ApplicationStarted.Register(() => Task.Run(() => BuildSchema(services, lifetime, logger)));
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], GraphQLEndpoint.HandleAsync)
            .ExcludeFromDescription();
        app.MapGet("/graphql/schema.graphql", (ISchema schema) => Results.Text(Sdl(schema), "text/plain; charset=utf-8"))
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Builds the schema. One that cannot be built stops the API with exit code 1, as a start that fails does; a host already
    /// stopping (a test's, disposed at once) does not need it.
    /// </summary>
    private static void BuildSchema(IServiceProvider services, IHostApplicationLifetime lifetime, ILogger logger)
    {
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return;
        }
        try
        {
            services.GetRequiredService<ISchema>().Initialize();
        }
        catch (Exception error)
        {
            if (lifetime.ApplicationStopping.IsCancellationRequested)
            {
                logger.LogDebug(error, "The GraphQL schema was not built: the API is stopping.");
                return;
            }
            logger.LogCritical(error, "The GraphQL schema could not be built; the API stops.");
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
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
