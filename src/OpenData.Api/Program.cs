using OpenData.Api.ApiInfo;
using OpenData.Api.Data;
using OpenData.Api.Health;
using OpenData.Api.Infrastructure;
using OpenData.Api.Agreements;
using OpenData.Api.Areas;
using OpenData.Api.Catalog;
using OpenData.Api.Datasets;
using OpenData.Api.GraphQL;
using OpenData.Api.Networks;
using OpenData.Api.Organisations;
using OpenData.Api.Pages;
using OpenData.Api.Querying;
using OpenData.Api.ResourceCentres;
using OpenData.Api.Sources;
using OpenData.Api.Web;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = HostingExtensions.WithSettingsReadOnce(args), WebRootPath = StaticAssets.PublishedWebRoot() });

builder.UseDefaultLocalUrl();
builder.AddApiJson();
builder.AddProblemDetailsErrors();
builder.AddOpenDataDatabase();
builder.AddRedis();
builder.AddApiInfo();
builder.AddListQueryDocumentation();
builder.AddApiDocumentation();
builder.AddGraphQLApi()
    .AddQueryFields<OrganisationQueryFields>()
    .AddQueryFields<AgreementQueryFields>()
    .AddQueryFields<ResourceCentreQueryFields>()
    .AddQueryFields<NetworkQueryFields>()
    .AddQueryFields<DatasetQueryFields>()
    .AddQueryFields<AreaQueryFields>()
    .AddQueryFields<SourceQueryFields>();
builder.AddPublisherAuthentication();
builder.AddDatasetPublishing();
builder.AddDatasetDimensionsDocumentation();
builder.AddDatasetDimensionsCache();
builder.AddHttpHardening();
builder.AddHealth();
builder.AddClientRateLimits();
builder.AddHttpCaching();
builder.AddPages();
builder.AddAreaGovernors<OrganisationsGoverningAreas>();
builder.AddAreaBoundaries();

var app = builder.Build();

// The database is migrated and seeded while the endpoints are mapped and the server starts, on another thread.
var databaseReady = app.StartDatabase();
if (OperatorCommands.IsCommand(args))
{
    await databaseReady;
    return await OperatorCommands.RunAsync(app, args);
}

app.UseHeadAsGet();
app.UseForwardedHeaders();
app.UseProblemDetailsErrors();
app.UseHttpHardening();
app.UseApiKeyAuthentication();
app.UseClientRateLimits();
app.UseAuthorization();
app.UseStaticAssets();
app.UseHttpCaching();
app.MapApiDocumentation();
app.MapApiInfoApi();

var api = app.MapGroup("/api/v1").NegotiateLanguage().ProducesValidationProblem();
api.MapOrganisationsApi();
api.MapAgreementsApi();
api.MapResourceCentresApi();
api.MapNetworksApi();
api.MapDatasetsApi();
api.MapDatasetDownloadsApi();
api.MapDatasetPublishingApi();
api.MapAreasApi();
api.MapSourcesApi();
api.MapCatalogApi();

app.MapGraphQLApi();
app.MapHealthApi();

// The menu, the home page and the search page show the lists in this order.
var pages = app.MapPages();
pages.MapOrganisationPages();
pages.MapAgreementPages();
pages.MapResourceCentrePages();
pages.MapNetworkPages();
pages.MapAreaPages();
pages.MapDatasetPages();

await app.RunUntilStoppedAsync();
// 1 when the API stopped because it could not start (its GraphQL schema is built once it has started).
return Environment.ExitCode;

public partial class Program;
