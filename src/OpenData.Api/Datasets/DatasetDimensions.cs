using System.ComponentModel;
using System.Linq.Expressions;
using System.Reflection;
using LinqKit;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.Datasets;

/// <summary>
/// A dataset's dimensions: the fixed ones every dataset has (indicator, area, period, sex) and its own (age group, medicine),
/// each own one in the observation column its position names. REST reads its own dimensions' parameters, GraphQL its
/// dimensions argument, the downloads their columns, all from here.
/// </summary>
/// <param name="Own">The dataset's own dimensions in their order, with their codes.</param>
public sealed record DatasetDimensions(IReadOnlyList<DimensionResponse> Own)
{
    public static readonly DatasetDimensions None = new([]);

    /// <summary>Codes of the fixed dimensions; an own dimension may not take one, nor a name a list or download already uses.</summary>
    public static readonly IReadOnlySet<string> ReservedCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "indicator", "area", "areaUnder", "area_code", "area_name", "period", "periodFrom", "periodTo", "lastPeriods", "sex", "sex_name", "sexName", "value", "status",
        "note", "note_en", "noteEn", "source", "unit", "indicator_name", "indicatorName", "areaCode", "areaName", "format", "variant",
        "sort", "limit", "page", "offset", "cursor", "lang", "q", "changedSince", "dimensions", "id",
    };

    /// <summary>The REST filters on the dataset's own dimensions: ?age=0-4,5-9.</summary>
    public IReadOnlyList<CodeParameter> Parameters { get; } =
        [.. Own.Select((d, i) => new CodeParameter(d.Code, i + 1, [.. d.Codes!.Select(c => c.Code)]))];

    /// <summary>An observation's codes of the dataset's own dimensions, by dimension, read from its columns.</summary>
    public IReadOnlyDictionary<string, string> CodesOf(string dimension1, string dimension2, string dimension3, string dimension4)
    {
        if (Own.Count == 0)
        {
            return EmptyCodes;
        }
        string[] columns = [dimension1, dimension2, dimension3, dimension4];
        return Own.Select((d, i) => (d.Code, columns[i])).ToDictionary(x => x.Code, x => x.Item2, StringComparer.Ordinal);
    }

    /// <summary>The label of an own dimension's code in the answer's language; the code itself where it has none.</summary>
    public string LabelOf(int index, string code) => Own[index].Codes!.FirstOrDefault(c => c.Code == code)?.Label ?? code;

    /// <summary>An observation's place in the order of the own dimension at <paramref name="index"/>: its code's position among the codes.</summary>
    public Expression<Func<Observation, int>> OrderOf(int index) => DatasetQuery.ObservationsDefinition.CodeOrder(Parameters[index]);

    /// <summary>The dimensions <see cref="All"/> puts before a dataset's own.</summary>
    private const int FixedCount = 4;

    /// <summary>A read dataset's own dimensions, the ones after the fixed in its <see cref="DatasetResponse.Dimensions"/>, and its indicators.</summary>
    public static DatasetDimensions OwnOf(DatasetResponse dataset) =>
        new([.. dataset.Dimensions.Skip(FixedCount)]) { Indicators = [.. dataset.Indicators.Select(i => i.Code)] };

    /// <summary>Every dimension of the dataset: indicator, area, period, sex (<see cref="FixedCount"/>), then its own.</summary>
    public IReadOnlyList<DimensionResponse> All(IReadOnlyList<IndicatorResponse> indicators, Language language) =>
    [
        new("indicator", language == Language.En ? "Indicator" : "Indikator", "metric", null, [.. indicators.Select(i => new DimensionCodeResponse(i.Code, i.Name))]),
        new("area", language == Language.En ? "Area" : "Område", "geo", null, null),
        new("period", language == Language.En ? "Period" : "Period", "time", null, null),
        new("sex", language == Language.En ? "Sex" : "Kön", null, "total",
            [.. Enum.GetValues<Sex>().Select(s => new DimensionCodeResponse(KebabCase.ToName(s), SexLabel(s, language)))]),
        .. Own,
    ];

    /// <summary>
    /// An observation's place among the sexes in their declared order, the enum's (total, female, male), as <see cref="All"/>
    /// lists them: the column holds their names, whose text order would put female first.
    /// </summary>
    public static readonly Expression<Func<Observation, int>> SexOrder = o => o.Sex == Sex.Total ? 0 : o.Sex == Sex.Female ? 1 : 2;

    /// <summary>The enum's own bilingual description, halved: "Båda könen. / Both sexes." → "Both sexes".</summary>
    public static string SexLabel(Sex sex, Language language)
    {
        var description = typeof(Sex).GetField(sex.ToString())!.GetCustomAttribute<DescriptionAttribute>()!.Description.Split(" / ");
        return description[language == Language.En ? 1 : 0].TrimEnd('.');
    }

    /// <summary>A dataset's own dimensions and indicator codes; null when there is no such dataset.</summary>
    public static async Task<DatasetDimensions?> ReadAsync(OpenDataDbContext db, string datasetId, Language language, CancellationToken cancellationToken) =>
        (await db.Datasets.AsExpandable().Where(d => d.Id == datasetId).Select(d => WithIndicators.Invoke(d, language)).SingleOrDefaultAsync(cancellationToken))
        ?.Dimensions;

    /// <summary>Several datasets' own dimensions and indicator codes, by dataset id, in one query; an unknown id is left out.</summary>
    public static async Task<Dictionary<string, DatasetDimensions>> ReadWithIndicatorsAsync(OpenDataDbContext db, IReadOnlyCollection<string> datasetIds,
        Language language, CancellationToken cancellationToken) =>
        (await db.Datasets.AsExpandable().Where(d => datasetIds.Contains(d.Id)).Select(d => WithIndicators.Invoke(d, language)).ToListAsync(cancellationToken))
        .ToDictionary(read => read.DatasetId, read => read.Dimensions, StringComparer.Ordinal);

    private sealed record Read(string DatasetId, List<DimensionResponse> Own, List<string> Indicators)
    {
        public DatasetDimensions Dimensions => new(Own) { Indicators = Indicators };
    }

    private static readonly Expression<Func<Dataset, Language, Read>> WithIndicators = (d, language) => new Read(
        d.Id,
        d.Dimensions.OrderBy(x => x.Position).Select(x => From.Invoke(x, language)).ToList(),
        d.Indicators.OrderBy(i => i.Code).Select(i => i.Code).ToList());

    /// <summary>The codes of the dataset's indicators, where it was read with them (<see cref="ReadAsync"/>, <see cref="ReadWithIndicatorsAsync"/>, <see cref="OwnOf"/>).</summary>
    public IReadOnlyList<string> Indicators { get; init; } = [];

    /// <summary>
    /// Adds a 400's message for an indicator code in a REST filter that the dataset does not have: an indicator is a dimension
    /// with codes like the dataset's own, and a misspelt one answers 400 naming the codes, not an empty list.
    /// </summary>
    public void CheckIndicators(FilterNode filter, ParameterErrors errors)
    {
        if (IndicatorCodesIn(filter).FirstOrDefault(code => !Indicators.Contains(code)) is { } unknown)
        {
            var codes = string.Join(", ", Indicators.Order(StringComparer.Ordinal));
            errors.Add("indicator", $"'{Text.Excerpt.Shorten(unknown)}' är ingen indikator i datasetet. Indikatorer: {codes}.",
                $"'{Text.Excerpt.Shorten(unknown)}' is not an indicator of this dataset. Indicators: {codes}.");
        }
    }

    /// <summary>
    /// The indicator codes a filter names whole at its top level (indicator=A,B; where: {indicator: {eq: …}} or {in: […]}); a
    /// prefix, a part or a code excluded (startsWith, contains, neq) is no code the dataset must have.
    /// </summary>
    public static IEnumerable<string> IndicatorCodesIn(FilterNode? filter) =>
        (filter is AllOf all ? all.Nodes : filter is null ? [] : [filter]).OfType<Condition>()
        .Where(c => c.Field == "indicator" && c.Operator is FilterOperator.Eq or FilterOperator.In).SelectMany(c => c.Values).Cast<string>();

    /// <summary>The own dimensions of several datasets, by dataset id; a dataset without any is left out.</summary>
    public static async Task<Dictionary<string, DatasetDimensions>> ReadManyAsync(OpenDataDbContext db, IReadOnlyCollection<string> datasetIds, Language language,
        CancellationToken cancellationToken) =>
        (await db.Set<DatasetDimension>().AsExpandable().Where(d => datasetIds.Contains(d.DatasetId)).OrderBy(d => d.Position)
            .Select(d => new { d.DatasetId, Dimension = From.Invoke(d, language) }).ToListAsync(cancellationToken))
        .GroupBy(d => d.DatasetId).ToDictionary(g => g.Key, g => new DatasetDimensions([.. g.Select(d => d.Dimension)]));

    /// <summary>An own dimension as the API shows it, its codes in their order.</summary>
    public static readonly Expression<Func<DatasetDimension, Language, DimensionResponse>> From = (d, language) => new DimensionResponse(
        d.Code, Localized.Text.Invoke(d.NameSv, d.NameEn, language), null, d.TotalCode,
        d.Codes.OrderBy(c => c.Position).Select(c => new DimensionCodeResponse(c.Code, Localized.Text.Invoke(c.LabelSv, c.LabelEn, language))).ToList());

    private static readonly IReadOnlyDictionary<string, string> EmptyCodes = new Dictionary<string, string>();
}
