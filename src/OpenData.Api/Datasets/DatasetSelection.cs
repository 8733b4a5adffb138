using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using OpenData.Api.Querying;
using OpenData.Api.Text;

namespace OpenData.Api.Datasets;

/// <summary>
/// What a dataset page shows: one indicator, some areas, a period range, a sex and one code of each of the dataset's own
/// dimensions (<paramref name="Dimensions"/>, by dimension). It is written as the REST API's
/// observation filters, so the page, its downloads, its REST link and its GraphQL query all return the same rows.
/// </summary>
/// <param name="Language">The page's language, which its downloads and REST link ask for too: labels in the CSV are the page's.</param>
public sealed record DatasetSelection(string DatasetId, string Indicator, IReadOnlyList<string> Areas, string? PeriodFrom, string? PeriodTo, Sex Sex,
    IReadOnlyDictionary<string, string> Dimensions, Infrastructure.Language Language)
{
    /// <summary>The parameters a dataset page takes: the REST observation filters it offers pickers for, and lang.</summary>
    public static readonly string[] Parameters = ["indicator", "area", "periodFrom", "periodTo", "sex", "lang"];

    /// <summary>The indicator the address names, else the dataset's first.</summary>
    public static string IndicatorOf(IQueryCollection query, IReadOnlyList<string> indicators) =>
        query["indicator"].ToString() is { Length: > 0 } given ? given : indicators.FirstOrDefault() ?? "";

    /// <summary>
    /// Reads the selection; what the address leaves out defaults to the first indicator, the whole country (or the first
    /// areas), every period, both sexes together (or the first sex the figures have), and each own dimension's total (or the
    /// code with the most values, <paramref name="fullestCodes"/>, so that a first look is not a chart of gaps).
    /// </summary>
    public static DatasetSelection Read(IQueryCollection query, string datasetId, IReadOnlyList<string> indicators,
        IReadOnlyList<string> areasWithData, IReadOnlyList<Sex> sexesWithData, DatasetDimensions dimensions,
        IReadOnlyDictionary<string, string> fullestCodes, Infrastructure.Language language, ParameterErrors errors)
    {
        string[] parameters = [.. Parameters, .. dimensions.Own.Select(d => d.Code)];
        foreach (var unknown in query.Keys.Where(k => !parameters.Contains(k)))
        {
            errors.Add(unknown, $"Okänd parameter. En datasetsida tar {string.Join(", ", parameters)}.",
                $"Unknown parameter. A dataset page takes {string.Join(", ", parameters)}.");
        }
        var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (dimension, parameter) in dimensions.Own.Zip(dimensions.Parameters))
        {
            var code = query.ContainsKey(dimension.Code)
                ? query[dimension.Code].ToString()
                : dimension.TotalCode ?? fullestCodes.GetValueOrDefault(dimension.Code) ?? parameter.Codes.FirstOrDefault() ?? "";
            if (parameter.Read([code]).Error is { } error)
            {
                errors.Add(dimension.Code, error);
            }
            chosen[dimension.Code] = code;
        }
        var indicator = IndicatorOf(query, indicators);
        if (indicator.Length > 0 && !indicators.Contains(indicator))
        {
            errors.Add("indicator", $"'{Excerpt.Shorten(indicator)}' är ingen indikator i datasetet ({string.Join(", ", indicators)}).",
                $"'{Excerpt.Shorten(indicator)}' is not an indicator of this dataset ({string.Join(", ", indicators)}).");
        }
        var areas = query["area"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();
        if (areas.Count == 0)
        {
            areas = areasWithData.Contains("00") ? ["00"] : [.. areasWithData.Take(3)];
        }
        var sex = sexesWithData.Count == 0 || sexesWithData.Contains(Sex.Total) ? Sex.Total : sexesWithData.Min();
        if (query["sex"].ToString() is { Length: > 0 } sexName && !Data.KebabCase.TryParse(sexName, out sex))
        {
            errors.Add("sex", $"Ange något av {string.Join(", ", Data.KebabCase.Names<Sex>())}.", $"Give one of {string.Join(", ", Data.KebabCase.Names<Sex>())}.");
        }
        string? Period(string name)
        {
            if (query[name].ToString() is not { Length: > 0 } period)
            {
                return null;
            }
            if (!ValueFormat.Period.Pattern.IsMatch(period))
            {
                errors.Add(name, ValueParser.IsNot(period, ValueFormat.Period.Describes).Sentence());
            }
            return period;
        }
        return new DatasetSelection(datasetId, indicator, areas, Period("periodFrom"), Period("periodTo"), sex, chosen, language);
    }

    /// <summary>The selection as REST observation filters (also what the downloads take).</summary>
    public string RestQuery(params (string Name, string Value)[] extra)
    {
        var parameters = new List<KeyValuePair<string, string?>> { new("indicator", Indicator) };
        if (Areas.Count > 0)
        {
            parameters.Add(new("area", string.Join(',', Areas)));
        }
        if (PeriodFrom is not null)
        {
            parameters.Add(new("periodFrom", PeriodFrom));
        }
        if (PeriodTo is not null)
        {
            parameters.Add(new("periodTo", PeriodTo));
        }
        parameters.Add(new("sex", Data.KebabCase.ToName(Sex)));
        parameters.AddRange(Dimensions.Select(d => new KeyValuePair<string, string?>(d.Key, d.Value)));
        parameters.AddRange(extra.Select(e => new KeyValuePair<string, string?>(e.Name, e.Value)));
        parameters.Add(new("lang", Language == Infrastructure.Language.En ? "en" : "sv"));
        return QueryHelpers.AddQueryString("", parameters);
    }

    /// <summary>The selection as the observation filter the REST list and GraphQL build from the same parameters.</summary>
    public FilterNode ToFilter(DatasetDimensions dimensions)
    {
        List<FilterNode> conditions = [new Condition("indicator", FilterOperator.Eq, [Indicator]), new Condition("sex", FilterOperator.Eq, [Sex])];
        conditions.AddRange(dimensions.Parameters.Where(p => Dimensions.ContainsKey(p.Name)).Select(p => p.Read([Dimensions[p.Name]]).Condition!));
        if (Areas.Count > 0)
        {
            conditions.Add(new Condition("area", FilterOperator.In, [.. Areas]));
        }
        if (PeriodFrom is not null)
        {
            conditions.Add(new Condition("period", FilterOperator.Gte, [PeriodFrom]));
        }
        if (PeriodTo is not null)
        {
            conditions.Add(new Condition("period", FilterOperator.Lte, [PeriodTo]));
        }
        return new AllOf(conditions);
    }

    public string DownloadUrl(string format, string? variant = null) =>
        $"/api/v1/datasets/{DatasetId}/data{RestQuery(variant is null ? [("format", format)] : [("format", format), ("variant", variant)])}";

    /// <summary>REST and GraphQL pages are as long as GraphQL allows; both say how to get the next page.</summary>
    public const int PageSize = 100;

    /// <summary>The same rows as the page's table, in the same order: by area, then period.</summary>
    public string RestUrl => $"/api/v1/datasets/{DatasetId}/observations{RestQuery(("sort", "area,period"), ("limit", PageSize.ToString(CultureInfo.InvariantCulture)))}";

    /// <summary>The GraphQL query for the same rows.</summary>
    public string GraphQLQuery()
    {
        var period = (PeriodFrom, PeriodTo) switch
        {
            (null, null) => "",
            ({ } from, null) => $", period: {{gte: \"{from}\"}}",
            (null, { } to) => $", period: {{lte: \"{to}\"}}",
            ({ } from, { } to) => $", period: {{gte: \"{from}\", lte: \"{to}\"}}",
        };
        // JSON string literals are GraphQL string literals: whatever the address held stays a string.
        var areas = Areas.Count == 0 ? "" : $", area: {{in: [{string.Join(", ", Areas.Select(a => JsonSerializer.Serialize(a)))}]}}";
        var where = $"{{indicator: {{eq: {JsonSerializer.Serialize(Indicator)}}}{areas}{period}, sex: {{eq: {Sex.ToString().ToUpperInvariant()}}}}}";
        var dimensions = Dimensions.Count == 0
            ? ""
            : $", dimensions: [{string.Join(", ", Dimensions.Select(d => $"{{code: {JsonSerializer.Serialize(d.Key)}, in: [{JsonSerializer.Serialize(d.Value)}]}}"))}]";
        return $$"""
            {
              dataset(id: "{{DatasetId}}") {
                observations(first: {{PageSize}}, where: {{where}}{{dimensions}}, order: [{area: ASC}, {period: ASC}]) {
                  totalCount
                  nodes { area { code name } period value status }
                  pageInfo { hasNextPage endCursor }
                }
              }
            }
            """;
    }
}
