using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenData.Api.ApiInfo;
using OpenData.Api.Data;
using OpenData.Api.Datasets;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.Pages;

/// <summary>An area or period a dataset has figures for, to choose from.</summary>
public sealed record Choice(string Value, string Label);

public static class DatasetPages
{
    /// <summary>More points than this make an unreadable chart; the page says so and the downloads have them all.</summary>
    public const int MaxPoints = 2000;

    public static async Task<IResult> DatasetPage(string id, HttpContext http, OpenDataDbContext db, IOptions<PagingLimits> limits)
    {
        var result = (await DatasetsApi.GetDataset(id, http, db)).Result;
        if (result is not Ok<DatasetResponse> { Value: { } dataset })
        {
            return PagesEndpoints.NotFound(http, result);
        }
        var cancellationToken = http.RequestAborted;
        var en = http.Language() == Language.En;
        var indicatorCodes = dataset.Indicators.Select(i => i.Code).ToList();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var indicator = DatasetSelection.IndicatorOf(http.Request.Query, indicatorCodes);
        var ofIndicator = db.Observations.Where(o => o.DatasetId == id && o.IndicatorCode == indicator);
        // The country, then counties, then municipalities: their codes have 2 and 4 digits.
        var areas = await ofIndicator.Select(o => o.Area!).Distinct().OrderBy(a => a.Code.Length).ThenBy(a => a.Code)
            .Select(a => new Choice(a.Code, en && a.NameEn != null ? a.NameEn : a.NameSv)).ToListAsync(cancellationToken);
        var periods = await ofIndicator.Select(o => o.Period).Distinct().OrderBy(p => p).ToListAsync(cancellationToken);
        var sexes = await ofIndicator.Select(o => o.Sex).Distinct().ToListAsync(cancellationToken);

        var selection = DatasetSelection.Read(http.Request.Query, id, indicatorCodes, areas.Select(a => a.Value).ToList(), sexes, errors);
        if (dataset.ObservationCount == 0)
        {
            // Nothing to choose from or chart: the page shows the metadata and says there are no figures yet.
            return errors.Count > 0
                ? PagesEndpoints.Invalid(http, ListQuery.InvalidParameters(errors))
                : PagesEndpoints.Render<DatasetPage>(http, ("Dataset", dataset), ("Selection", selection), ("Observations", new List<ObservationResponse>()),
                    ("Truncated", false), ("AreaChoices", areas), ("Periods", periods), ("Sexes", sexes));
        }
        var request = ListRequest.Parse(selection.AsQuery(MaxPoints), DatasetQuery.ObservationsDefinition, MaxPoints,
            Math.Max(MaxPoints, limits.Value.MaxObservationPageSize), errors);
        if (request is null || errors.Count > 0)
        {
            return PagesEndpoints.Invalid(http, ListQuery.InvalidParameters(errors));
        }
        var matching = DatasetQuery.ObservationsDefinition.Where(db.Observations.Where(o => o.DatasetId == id), request.Filter, null, null);
        var observations = await matching.OrderBy(o => o.AreaCode).ThenBy(o => o.Period).Take(MaxPoints + 1)
            .Select(DatasetQuery.ToObservationResponse(http.Language())).ToListAsync(cancellationToken);

        return PagesEndpoints.Render<DatasetPage>(http, ("Dataset", dataset), ("Selection", selection), ("Observations", observations.Take(MaxPoints).ToList()),
            ("Truncated", observations.Count > MaxPoints), ("AreaChoices", areas), ("Periods", periods), ("Sexes", sexes));
    }
}
