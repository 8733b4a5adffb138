using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;
using OpenData.Api.Data;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpenData.Api.Datasets;

/// <summary>
/// Lists each dataset's own dimensions, with their codes, in the description of the operations that filter on them: their
/// parameters (?age=0-4) are the dataset's, so no static parameter list can name them. Read from the database each time the
/// document is made, so a dataset a publisher adds is listed too.
/// </summary>
internal sealed class DatasetDimensionsDocumentFilter(IServiceScopeFactory scopes) : IDocumentAsyncFilter
{
    private const string ListObservations = "ListDatasetObservations";

    public static readonly string[] Operations = [ListObservations, "DownloadDataset", "GetDatasetAvailability"];

    public async Task ApplyAsync(OpenApiDocument document, DocumentFilterContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenDataDbContext>();
        var dimensions = await db.Set<DatasetDimension>().OrderBy(d => d.DatasetId).ThenBy(d => d.Position)
            .Select(d => new { d.DatasetId, d.Code, Codes = d.Codes.OrderBy(c => c.Position).Select(c => c.Code).ToList() })
            .ToListAsync(cancellationToken);
        var listed = dimensions.Count == 0
            ? "inga / none"
            : string.Join("; ", dimensions.GroupBy(d => d.DatasetId).Select(dataset =>
                $"{dataset.Key}: {string.Join(", ", dataset.Select(d => $"{d.Code} ({string.Join(", ", d.Codes)})"))}"));
        var text = " Datasetens egna dimensioner filtreras med sina koder som parametrar (?age=0-4,5-9&medicine=N06BA04); en okänd kod ger 400 med de "
                   + "tillåtna. / Each dataset's own dimensions are filtered with their codes as parameters (?age=0-4,5-9&medicine=N06BA04); an unknown "
                   + $"code is a 400 naming the allowed ones. {listed}.";
        const string sorting = " Värdena sorteras också efter dem, i kodernas ordning (sort=age,-medicine). / The figures also sort by them, in their codes' "
                               + "order (sort=age,-medicine).";
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations ?? []).Select(o => o.Value)
                     .Where(o => Operations.Contains(o.OperationId)))
        {
            operation.Description += text + (operation.OperationId == ListObservations ? sorting : "");
        }
    }
}

public static class DatasetDimensionsDocumentation
{
    /// <summary>Lists each dataset's own dimensions in the OpenAPI document, where its operations filter on them.</summary>
    public static WebApplicationBuilder AddDatasetDimensionsDocumentation(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureSwaggerGen(options => options.DocumentAsyncFilter<DatasetDimensionsDocumentFilter>());
        return builder;
    }
}
