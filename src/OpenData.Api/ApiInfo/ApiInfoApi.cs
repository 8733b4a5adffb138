using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;

namespace OpenData.Api.ApiInfo;

public static class ApiInfoApi
{
    private const string Tag = "API";
    private const string TagDescription = "Vad API:et är, vem som publicerar det, när data senast ändrades och vilka gränser som gäller. / "
                                          + "What the API is, who publishes it, when its data last changed and which limits apply.";

    public static WebApplicationBuilder AddApiInfo(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiInfoOptions>().Bind(builder.Configuration.GetSection("ApiInfo"))
            .Validate(o => o.ContactEmail is null || IsMailbox(o.ContactEmail), "ApiInfo:ContactEmail must be a plain e-mail address (name@domain).")
            .Validate(o => o.TermsOfService is null || IsWebAddress(o.TermsOfService), "ApiInfo:TermsOfService must be an absolute http or https URL.")
            .Validate(o => o.PublicBaseUrl is null || IsWebAddress(o.PublicBaseUrl), "ApiInfo:PublicBaseUrl must be an absolute http or https URL.")
            .Validate(o => o.PublisherType is null || Catalog.Vocabularies.PublisherTypes.ContainsKey(o.PublisherType),
                $"ApiInfo:PublisherType must be one of the ADMS publisher types: {string.Join(", ", Catalog.Vocabularies.PublisherTypes.Keys)}.")
            .ValidateOnStart();
        builder.Services.Configure<PagingLimits>(builder.Configuration.GetSection("Limits"));
        return builder;
    }

    private static bool IsWebAddress(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static bool IsMailbox(string address) =>
        System.Net.Mail.MailAddress.TryCreate(address, out var mailbox) && mailbox.Address == address && mailbox.DisplayName.Length == 0;

    public static WebApplication MapApiInfoApi(this WebApplication app)
    {
        app.MapGet("/api/v1/api-info", GetApiInfo)
            .WithName("GetApiInfo")
            .WithTag(Tag, TagDescription)
            .WithExample(ApiInfoExamples.Defaults)
            .WithSummary("Om API:et / About the API")
            .WithDescription("Namn, version, licens, kontakt, när data senast ändrades och alla gränser (sidstorlekar). / "
                             + "Name, version, licence, contact, when the data last changed, and every limit (page sizes).");
        // The API's root says what it is (Sweden's REST API profile, VER.06), the same as api-info.
        app.MapGet("/api/v1", GetApiInfo)
            .WithName("GetApiRoot")
            .WithTag(Tag, TagDescription)
            .WithExample(ApiInfoExamples.Defaults)
            .WithSummary("API:ets rot: om API:et / The API's root: about the API")
            .WithDescription("Samma svar som api-info. / The same answer as api-info.");
        return app;
    }

    public static async Task<Ok<ApiInfoResponse>> GetApiInfo(
        OpenDataDbContext db, IOptions<ApiInfoOptions> info, IOptions<PagingLimits> limits, IOptions<GraphQL.GraphQLLimits> graphQLLimits, IOptions<Infrastructure.RateLimitOptions> rateLimits,
        CancellationToken cancellationToken)
    {
        return TypedResults.Ok(Describe(info.Value, limits.Value, graphQLLimits.Value, rateLimits.Value,
            typeof(ApiInfoApi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
            await db.DataLastChangedAsync(cancellationToken)));
    }

    /// <summary>What api-info says of an API with these settings, this build and data last changed then.</summary>
    public static ApiInfoResponse Describe(ApiInfoOptions options, PagingLimits paging, GraphQL.GraphQLLimits graphQL, RateLimitOptions rateLimits,
        string build, DateTime? dataLastModified) =>
        new(
            options.Name,
            new LocalizedText(
                "Öppna data om Sveriges infrastruktur för psykisk hälsa: organisationer, överenskommelser, regionala resurscentrum, nätverk och indikatordataset.",
                "Open data on Sweden's mental-health infrastructure: organisations, agreements, regional resource centres, networks and indicator datasets."),
            "v1",
            build,
            new LicenceResponse(options.LicenceId, options.LicenceUri),
            new ContactResponse(options.ContactName, options.ContactUrl),
            dataLastModified,
            new LimitsResponse(paging.DefaultPageSize, paging.MaxPageSize, paging.MaxObservationPageSize,
                new GraphQLLimitsResponse(graphQL.MaxDepth, graphQL.MaxComplexity, graphQL.MaxDocumentLength, graphQL.MaxTokens,
                    graphQL.MaxAliases, graphQL.MaxExpandedSelections, graphQL.MaxVariablesLength, paging.MaxPageSize, paging.MaxObservationPageSize),
                new RateLimitsResponse(rateLimits.AnonymousPermitsPerWindow, rateLimits.KeyPermitsPerWindow, rateLimits.WindowSeconds,
                    rateLimits.GraphQLComplexityPerPermit)),
            new DocumentationResponse(OpenApiExtensions.DocumentPath, "/docs", "/health", "/graphql", "/graphql/schema.graphql"));
}
