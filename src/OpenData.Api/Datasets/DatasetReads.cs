using LinqKit;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.Datasets;

/// <summary>Reads of datasets, their indicators and observations, as response records projected in SQL. A relation's list is null when the dataset does not exist.</summary>
public static class DatasetReads
{
    public static Task<ListResult<DatasetResponse>> ListAsync(OpenDataDbContext db, ListRequest request, Language language, CancellationToken cancellationToken) =>
        ListReads.ReadAsync(db, db.Datasets.AsSplitQuery(), DatasetQuery.Definition, request, DatasetQuery.ToResponse.In(language), cancellationToken);

    public static Task<DatasetResponse?> GetAsync(OpenDataDbContext db, string id, Language language, CancellationToken cancellationToken) =>
        db.Datasets.Where(d => d.Id == id).Select(DatasetQuery.ToResponse.In(language)).AsSplitQuery().SingleOrDefaultAsync(cancellationToken);

    public static async Task<ListResult<IndicatorResponse>?> ListIndicatorsAsync(OpenDataDbContext db, string id, ListRequest request, Language language,
        CancellationToken cancellationToken) =>
        await ExistsAsync(db, id, cancellationToken)
            ? await ListReads.ReadAsync(db, db.Indicators.Where(i => i.DatasetId == id), DatasetQuery.IndicatorsDefinition, request,
                DatasetQuery.ToIndicatorResponse.In(language), cancellationToken)
            : null;

    /// <summary>A dataset's observations; in the default order they page by cursor, so late pages are as fast as the first.</summary>
    public static async Task<ListResult<ObservationResponse>?> ListObservationsAsync(OpenDataDbContext db, string id, ListRequest request, Language language,
        CancellationToken cancellationToken) =>
        await ExistsAsync(db, id, cancellationToken)
            ? await ListReads.ReadAsync(db, db.Observations.Where(o => o.DatasetId == id), DatasetQuery.ObservationsDefinition, request,
                DatasetQuery.ToObservationResponse.In(language), cancellationToken, observation => observation.Id)
            : null;

    /// <summary>What a dataset has figures for under one indicator: its areas (country, then counties, then municipalities), periods and sexes.</summary>
    public static async Task<ObservationCoverage> CoverageAsync(OpenDataDbContext db, string id, string indicator, Language language,
        CancellationToken cancellationToken)
    {
        var ofIndicator = db.Observations.Where(o => o.DatasetId == id && o.IndicatorCode == indicator);
        // Country codes have 2 digits, county codes 2 and municipality codes 4: by length, then code.
        var areas = await ofIndicator.Select(o => o.Area!).Distinct().OrderBy(a => a.Code.Length).ThenBy(a => a.Code)
            .Select(AreaRefs.In(language)).ToListAsync(cancellationToken);
        var periods = await ofIndicator.Select(o => o.Period).Distinct().OrderBy(p => p).ToListAsync(cancellationToken);
        var sexes = await ofIndicator.Select(o => o.Sex).Distinct().ToListAsync(cancellationToken);
        return new ObservationCoverage(areas, periods, sexes);
    }

    /// <summary>Up to <paramref name="max"/> observations of a selection, by area and then period: what a chart and its table show.</summary>
    public static Task<List<ObservationResponse>> SelectionAsync(OpenDataDbContext db, string id, FilterNode selection, int max, Language language,
        CancellationToken cancellationToken) =>
        DatasetQuery.ObservationsDefinition.Where(db, db.Observations.Where(o => o.DatasetId == id), selection, null, null)
            .OrderBy(o => o.AreaCode).ThenBy(o => o.Period).Take(max)
            .Select(DatasetQuery.ToObservationResponse.In(language)).ToListAsync(cancellationToken);

    /// <summary>The latest date a dataset's sources give for their publication (ISO 8601, as precise as the source); null when none gives one.</summary>
    public static Task<string?> SourcesPublishedAsync(OpenDataDbContext db, string id, CancellationToken cancellationToken) =>
        db.Datasets.Where(d => d.Id == id).SelectMany(d => d.Sources).Select(s => s.Published).MaxAsync(cancellationToken);

    private static readonly Projection<Areas.Area, Areas.AreaRef> AreaRefs = new((a, language) => Areas.AreaRef.From.Invoke(a, language));

    private static Task<bool> ExistsAsync(OpenDataDbContext db, string id, CancellationToken cancellationToken) =>
        db.Datasets.AnyAsync(d => d.Id == id, cancellationToken);
}

/// <summary>The codes a dataset has figures for under one indicator.</summary>
public sealed record ObservationCoverage(IReadOnlyList<Areas.AreaRef> Areas, IReadOnlyList<string> Periods, IReadOnlyList<Sex> Sexes);
