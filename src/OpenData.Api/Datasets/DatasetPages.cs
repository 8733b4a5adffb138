using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Pages;
using OpenData.Api.Pages.Shared;
using OpenData.Api.Querying;

namespace OpenData.Api.Datasets;

/// <summary>An area or period a dataset has figures for, to choose from.</summary>
public sealed record Choice(string Value, string Label);

public static class DatasetPages
{
    /// <summary>More points than this make an unreadable chart; the page says so and the downloads have them all.</summary>
    public const int MaxPoints = 2000;

    public static IEndpointRouteBuilder MapDatasetPages(this IEndpointRouteBuilder pages)
    {
        pages.MapListPage<DatasetList, Dataset, DatasetResponse>("/datasets", "Dataset", "Datasets",
            DatasetQuery.Definition, DatasetReads.ListAsync, d => new(d.Id, d.Title))
            .WithHomeBlock<DatasetCards>();
        pages.MapGet("/datasets/{id}", ShowDataset).WithName("DatasetPage");
        return pages;
    }

    private static async Task<IResult> ShowDataset(string id, HttpContext http, OpenDataDbContext db, AreaBoundaries boundaries)
    {
        var (language, cancellationToken) = (http.Language(), http.RequestAborted);
        if (await DatasetReads.GetAsync(db, id, language, cancellationToken) is not { } dataset)
        {
            return PagesEndpoints.NotFound(http, new("dataset", "inget dataset"), id);
        }
        var indicatorCodes = dataset.Indicators.Select(i => i.Code).ToList();
        var indicator = DatasetSelection.IndicatorOf(http.Request.Query, indicatorCodes);
        var dimensions = DatasetDimensions.OwnOf(dataset);
        var coverage = await DatasetReads.CoverageAsync(db, id, indicator, dimensions, language, cancellationToken);
        var areas = coverage.Areas.Select(a => new Choice(a.Code, a.Name)).ToList();

        var errors = new ParameterErrors();
        var selection = DatasetSelection.Read(http.Request.Query, id, indicatorCodes, [.. coverage.Areas.Select(a => a.Code)], coverage.Sexes, dimensions,
            coverage.FullestCodes, language, errors);
        if (errors.Count > 0)
        {
            return PagesEndpoints.Invalid(http, errors);
        }
        // A dataset without figures has nothing to chart: the page shows the metadata and says there are no figures yet.
        var observations = dataset.ObservationCount == 0
            ? []
            : await DatasetReads.SelectionAsync(db, id, selection.ToFilter(dimensions), MaxPoints + 1, language, cancellationToken);

        var sourcePublications = await DatasetReads.SourcePublicationsAsync(db, id, cancellationToken);
        var shown = observations.Take(MaxPoints).ToList();

        return PagesEndpoints.Render<DatasetPage>(http, ("Dataset", dataset), ("Selection", selection), ("Observations", shown),
            ("Truncated", observations.Count > MaxPoints), ("AreaChoices", areas), ("Periods", coverage.Periods), ("Sexes", coverage.Sexes),
            ("SourcePublications", sourcePublications), ("Map", MapOf(shown, areas, boundaries)), ("Dimensions", dimensions));
    }

    /// <summary>
    /// The map of a selection with one period across counties or across municipalities: every area of that level, the selected
    /// ones with their value. Null for any other selection (several periods, Sweden as a whole, a healthcare region, a mix).
    /// </summary>
    private static IReadOnlyList<ChoroplethMap.MapArea>? MapOf(IReadOnlyList<ObservationResponse> observations, IReadOnlyList<Choice> names,
        AreaBoundaries boundaries)
    {
        var levels = observations.Select(o => o.Area.Code.Length).Distinct().ToList();
        if (observations.Select(o => o.Period).Distinct().Count() != 1 || levels is not [var level]
            || observations.Any(o => boundaries.Of(o.Area.Code) is null))
        {
            return null;
        }
        var values = observations.ToDictionary(o => o.Area.Code, o => o.Value);
        var nameOf = names.ToDictionary(n => n.Value, n => n.Label);
        return [.. boundaries.OfLevel(level).Select(b => new ChoroplethMap.MapArea(b.Code, nameOf.GetValueOrDefault(b.Code, b.Code), b.Boundary.Rings,
            values.ContainsKey(b.Code), values.GetValueOrDefault(b.Code)))];
    }
}
