using LinqKit;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.Datasets;

/// <summary>Reads of datasets, their indicators and observations, as response records projected in SQL. A relation's list is null when the dataset does not exist.</summary>
public static class DatasetReads
{
    public static async Task<ListResult<DatasetResponse>> ListAsync(OpenDataDbContext db, ListRequest request, Language language, CancellationToken cancellationToken)
    {
        var list = await ListReads.ReadAsync(db, db.Datasets.AsSplitQuery(), DatasetQuery.Definition, request, DatasetQuery.ToResponse.In(language), cancellationToken);
        return list with { Items = await WithDimensionsAsync(db, list.Items, language, cancellationToken) };
    }

    public static async Task<DatasetResponse?> GetAsync(OpenDataDbContext db, string id, Language language, CancellationToken cancellationToken) =>
        await db.Datasets.Where(d => d.Id == id).Select(DatasetQuery.ToResponse.In(language)).AsSplitQuery().SingleOrDefaultAsync(cancellationToken) is { } dataset
            ? (await WithDimensionsAsync(db, [dataset], language, cancellationToken))[0]
            : null;

    /// <summary>The datasets with their dimensions: the fixed ones, then each one's own, read for all of them in one statement.</summary>
    private static async Task<IReadOnlyList<DatasetResponse>> WithDimensionsAsync(OpenDataDbContext db, IReadOnlyList<DatasetResponse> datasets, Language language,
        CancellationToken cancellationToken)
    {
        var own = await DatasetDimensions.ReadManyAsync(db, [.. datasets.Select(d => d.Id)], language, cancellationToken);
        return [.. datasets.Select(d => d with { Dimensions = own.GetValueOrDefault(d.Id, DatasetDimensions.None).All(d.Indicators, language) })];
    }

    public static Task<ListResult<IndicatorResponse>?> ListIndicatorsAsync(OpenDataDbContext db, string id, ListRequest request, Language language,
        CancellationToken cancellationToken) =>
        ListReads.OfOwnerAsync(ListReads.ReadAsync(db, db.Indicators.Where(i => i.DatasetId == id), DatasetQuery.IndicatorsDefinition, request,
            DatasetQuery.ToIndicatorResponse.In(language), cancellationToken), () => ExistsAsync(db, id, cancellationToken));

    /// <summary>
    /// A dataset's observations, with the codes of its own <paramref name="dimensions"/> (<see cref="DatasetDimensions.ReadAsync"/>);
    /// in the default order they page by cursor, so late pages are as fast as the first.
    /// </summary>
    public static async Task<ListResult<ObservationResponse>> ListObservationsAsync(OpenDataDbContext db, string id, DatasetDimensions dimensions,
        ListRequest request, Language language, CancellationToken cancellationToken)
    {
        var rows = await ListReads.ReadAsync(db, db.Observations.Where(o => o.DatasetId == id), DatasetQuery.ObservationsDefinition, request,
            DatasetQuery.ToObservationRow.In(language), cancellationToken, row => row.Observation.Id);
        return new ListResult<ObservationResponse>([.. rows.Items.Select(r => r.Named(dimensions))], rows.TotalCount, rows.Limit, rows.Offset, rows.Keyset,
            rows.NextCursor, rows.Deleted);
    }

    /// <summary>
    /// What a dataset has figures for under one indicator: its areas (country, then counties, then municipalities), periods and
    /// sexes, and in each of its own <paramref name="dimensions"/> the code with the most values (not missing): what a page
    /// shows first where a dimension has no total.
    /// </summary>
    public static async Task<ObservationCoverage> CoverageAsync(OpenDataDbContext db, string id, string indicator, DatasetDimensions dimensions,
        Language language, CancellationToken cancellationToken)
    {
        var ofIndicator = db.Observations.Where(o => o.DatasetId == id && o.IndicatorCode == indicator);
        // Country codes have 2 digits, county codes 2 and municipality codes 4: by length, then code.
        var areas = await ofIndicator.Select(o => o.Area!).Distinct().OrderBy(a => a.Code.Length).ThenBy(a => a.Code)
            .Select(AreaRefs.In(language)).ToListAsync(cancellationToken);
        var periods = await ofIndicator.Select(o => o.Period).Distinct().OrderBy(p => p).ToListAsync(cancellationToken);
        var sexes = await ofIndicator.Select(o => o.Sex).Distinct().ToListAsync(cancellationToken);
        var fullest = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < dimensions.Own.Count; i++)
        {
            var code = await ofIndicator.Where(o => o.Value != null).Select(DatasetQuery.ObservationsDefinition.CodeColumns[i])
                .GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefaultAsync(cancellationToken);
            if (code is not null)
            {
                fullest[dimensions.Own[i].Code] = code;
            }
        }
        return new ObservationCoverage(areas, periods, sexes, fullest);
    }

    /// <summary>Up to <paramref name="max"/> observations of a selection, by area and then period: what a chart and its table show.</summary>
    public static Task<List<ObservationResponse>> SelectionAsync(OpenDataDbContext db, string id, FilterNode selection, int max, Language language,
        CancellationToken cancellationToken) =>
        DatasetQuery.ObservationsDefinition.Where(db, db.Observations.Where(o => o.DatasetId == id), selection, null, null)
            .OrderBy(o => o.AreaCode).ThenBy(o => o.Period).Take(max)
            .Select(DatasetQuery.ToObservationResponse.In(language)).ToListAsync(cancellationToken);

    /// <summary>
    /// Each of a dataset's sources that gives a publication date, with it (ISO 8601, as precise as the source), latest first:
    /// named one by one, because one date for all would pass off the date of a reference document as the figures' own.
    /// </summary>
    public static Task<List<SourcePublication>> SourcePublicationsAsync(OpenDataDbContext db, string id, CancellationToken cancellationToken) =>
        db.Datasets.Where(d => d.Id == id).SelectMany(d => d.Sources).Where(s => s.Published != null)
            .OrderByDescending(s => s.Published).ThenBy(s => s.Id)
            .Select(s => new SourcePublication(s.Id, s.Title, s.Published!)).ToListAsync(cancellationToken);

    private static readonly Projection<Areas.Area, Areas.AreaRef> AreaRefs = new((a, language) => Areas.AreaRef.From.Invoke(a, language));

    private static Task<bool> ExistsAsync(OpenDataDbContext db, string id, CancellationToken cancellationToken) =>
        db.Datasets.AnyAsync(d => d.Id == id, cancellationToken);
}

/// <summary>When one of a dataset's sources was published, as the source gives it.</summary>
public sealed record SourcePublication(string SourceId, string Title, string Published);

/// <summary>The codes a dataset has figures for under one indicator.</summary>
/// <param name="FullestCodes">For each own dimension, the code with the most values.</param>
public sealed record ObservationCoverage(IReadOnlyList<Areas.AreaRef> Areas, IReadOnlyList<string> Periods, IReadOnlyList<Sex> Sexes,
    IReadOnlyDictionary<string, string> FullestCodes);

/// <summary>Which codes of each dimension have figures, for a selection (<see cref="DatasetAvailability.ReadAsync"/>).</summary>
public static class DatasetAvailability
{
    /// <summary>The observation filters that select in each fixed dimension; an own dimension's is its <see cref="CodeCondition"/>.</summary>
    private static readonly Dictionary<string, string[]> FiltersOf = new()
    {
        ["indicator"] = ["indicator"],
        ["area"] = ["area", "areaUnder"],
        ["period"] = ["period"],
        ["sex"] = ["sex"],
    };

    /// <summary>
    /// For each dimension, the codes with at least one value among the observations the other dimensions' filters select, the way
    /// SDMX's availability answers and a picker needs it: the age groups with figures for methylphenidate in Stockholm, whichever
    /// age group is picked now. Filters that belong to no dimension (status) apply to every dimension.
    /// </summary>
    public static async Task<AvailabilityResponse> ReadAsync(OpenDataDbContext db, string id, DatasetDimensions dimensions, FilterNode filter,
        Language language, CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.Where(i => i.DatasetId == id).OrderBy(i => i.Code)
            .Select(DatasetQuery.ToIndicatorResponse.In(language)).ToListAsync(cancellationToken);
        var nodes = filter is AllOf all ? all.Nodes : [filter];
        // A missing or suppressed figure is a row without a value: a code with only such rows has nothing to show.
        IQueryable<Observation> Without(Func<FilterNode, bool> ofDimension) =>
            DatasetQuery.ObservationsDefinition.Where(db, db.Observations.Where(o => o.DatasetId == id), new AllOf([.. nodes.Where(n => !ofDimension(n))]), null, null)
                .Where(o => o.Value != null);
        IQueryable<Observation> WithoutFixed(string dimension) => Without(n => n switch
        {
            Condition c => FiltersOf[dimension].Contains(c.Field),
            LatestValues w => FiltersOf[dimension].Contains(w.Field),
            _ => false,
        });

        var count = await DatasetQuery.ObservationsDefinition.Where(db, db.Observations.Where(o => o.DatasetId == id), filter, null, null).CountAsync(cancellationToken);
        var names = indicators.ToDictionary(i => i.Code, i => i.Name);
        var indicatorCodes = await WithoutFixed("indicator").Select(o => o.IndicatorCode).Distinct().ToListAsync(cancellationToken);
        // Country and county codes have 2 digits, municipality codes 4: by length, then code.
        var areas = await WithoutFixed("area").Select(o => o.Area!).Distinct().OrderBy(a => a.Code.Length).ThenBy(a => a.Code)
            .Select(AreaNames.In(language)).ToListAsync(cancellationToken);
        var periods = await WithoutFixed("period").Select(o => o.Period).Distinct().OrderBy(p => p).ToListAsync(cancellationToken);
        var sexes = await WithoutFixed("sex").Select(o => o.Sex).Distinct().ToListAsync(cancellationToken);
        List<AvailableDimension> available =
        [
            new("indicator", [.. indicators.Where(i => indicatorCodes.Contains(i.Code)).Select(i => new DimensionCodeResponse(i.Code, names[i.Code]))]),
            new("area", areas),
            new("period", [.. periods.Select(p => new DimensionCodeResponse(p, p))]),
            new("sex", [.. sexes.Order().Select(s => new DimensionCodeResponse(KebabCase.ToName(s), DatasetDimensions.SexLabel(s, language)))]),
        ];
        for (var i = 0; i < dimensions.Own.Count; i++)
        {
            var column = i + 1;
            var codes = await Without(n => n is CodeCondition c && c.Column == column)
                .Select(DatasetQuery.ObservationsDefinition.CodeColumns[i]).Distinct().ToListAsync(cancellationToken);
            available.Add(new(dimensions.Own[i].Code, [.. dimensions.Own[i].Codes!.Where(c => codes.Contains(c.Code))]));
        }
        return new AvailabilityResponse(count, available);
    }

    internal static readonly Projection<Areas.Area, DimensionCodeResponse> AreaNames = new((a, language) =>
        new DimensionCodeResponse(a.Code, Localized.Text.Invoke(a.NameSv, a.NameEn, language)));
}
