using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenData.Api.Datasets;
using OpenData.Api.Querying;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Datasets;

/// <summary>
/// Dimensions as data: a dataset declares its own dimensions (the ADHD dataset's age group and medicine), and REST, GraphQL,
/// the downloads and the availability answer all read them from there.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class DatasetDimensionsTests(SeededApi api)
{
    private const string Adhd = "sos-adhd-lakemedel-lan";
    private HttpClient Client => api.Client;

    private static readonly string SourceFile = Path.Combine(RepositoryPaths.SeedDirectory, "reference", "adhd_medication_county.csv");

    private async Task<Page<ObservationResponse>> ObservationsAsync(string dataset, string query) =>
        (await Client.GetFromJsonAsync<Page<ObservationResponse>>($"/api/v1/datasets/{dataset}/observations?{query}", ApiJson.Options))!;

    [Fact]
    public async Task TheAdhdDatasetHoldsEveryFigureOfItsSourceFileAndNo2025()
    {
        var rows = File.ReadLines(SourceFile).Skip(1).Count();
        var dataset = (await Client.GetFromJsonAsync<DatasetResponse>($"/api/v1/datasets/{Adhd}", ApiJson.Options))!;

        Assert.Equal(25_080, rows);
        Assert.Equal(rows, dataset.ObservationCount);
        Assert.Equal(rows, (await ObservationsAsync(Adhd, "limit=1")).TotalCount);
        Assert.Equal(0, (await ObservationsAsync(Adhd, "period=2025&limit=1")).TotalCount);
        Assert.Equal(("2006", "2024"), (dataset.TemporalCoverage.From, dataset.TemporalCoverage.To));
        Assert.Equal("socialstyrelsen", dataset.Publisher?.Id);
        Assert.Contains("Socialstyrelsen, Statistikdatabasen för läkemedel", dataset.Licence.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00", "2024", "total", "15-19", "N06BA04", 49.44)]
    [InlineData("00", "2024", "total", "15-19", "N06BA12", 38.16)]
    [InlineData("01", "2006", "male", "15-19", "N06BA04", 8.9)]
    public async Task AFigureIsTheOneTheSourceFilePublishes(string area, string year, string sex, string age, string medicine, double expected)
    {
        var page = await ObservationsAsync(Adhd, $"area={area}&period={year}&sex={sex}&age={age}&medicine={medicine}");

        var observation = Assert.Single(page.Items);
        Assert.Equal(expected, observation.Value);
        Assert.Equal(new Dictionary<string, string> { ["age"] = age, ["medicine"] = medicine }, observation.Dimensions);
        var line = File.ReadLines(SourceFile).Single(l => l.StartsWith($"{medicine},", StringComparison.Ordinal)
                                                         && l.Contains($",{area},", StringComparison.Ordinal)
                                                         && l.Contains($",{year},{sex},{age},", StringComparison.Ordinal));
        Assert.Equal(expected, double.Parse(line.Split(',')[7], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task AZeroTheSourceFilesWriterPutForAGapIsAMissingValueWithANote()
    {
        var zeros = File.ReadLines(SourceFile).Skip(1).Count(l => l.Split(',')[7] == "0");
        var missing = await ObservationsAsync(Adhd, "status=missing&limit=1");
        var gap = Assert.Single((await ObservationsAsync(Adhd, "area=00&period=2010&sex=female&age=0-4&medicine=C02AC02")).Items);

        Assert.Equal(10_327, zeros);
        Assert.Equal(zeros, missing.TotalCount);
        Assert.Equal((null, ObservationStatus.Missing), (gap.Value, gap.Status));
        Assert.Contains("adhd_data_fetcher.py", gap.Note, StringComparison.Ordinal);
        Assert.Equal(0, (await ObservationsAsync(Adhd, "status=published&limit=1")).Items.Count(o => o.Value == 0));
    }

    [Fact]
    public async Task TheDatasetListsItsDimensionsFixedOnesFirstWithTheirCodes()
    {
        var dataset = (await Client.GetFromJsonAsync<DatasetResponse>($"/api/v1/datasets/{Adhd}?lang=en", ApiJson.Options))!;

        Assert.Equal(["indicator", "area", "period", "sex", "age", "medicine"], dataset.Dimensions.Select(d => d.Code));
        Assert.Equal(["metric", "geo", "time", null, null, null], dataset.Dimensions.Select(d => d.Role));
        var age = dataset.Dimensions.Single(d => d.Code == "age");
        Assert.Equal(["0-4", "5-9", "10-14", "15-19"], age.Codes!.Select(c => c.Code));
        Assert.Equal("15–19 years", age.Codes![3].Label);
        Assert.Equal("Methylphenidate", dataset.Dimensions.Single(d => d.Code == "medicine").Codes!.Single(c => c.Code == "N06BA04").Label);
        Assert.Equal("total", dataset.Dimensions.Single(d => d.Code == "sex").TotalCode);
    }

    [Fact]
    public async Task AnExistingDatasetHasOnlyTheFixedDimensionsAndItsObservationsNoneOfTheirOwn()
    {
        var dataset = (await Client.GetFromJsonAsync<DatasetResponse>("/api/v1/datasets/nasp-sjalvmordstal-lan", ApiJson.Options))!;
        var page = await ObservationsAsync("nasp-sjalvmordstal-lan", "limit=5");

        Assert.Equal(["indicator", "area", "period", "sex"], dataset.Dimensions.Select(d => d.Code));
        Assert.Equal(374, dataset.ObservationCount);
        Assert.All(page.Items, o => Assert.Empty(o.Dimensions));
    }

    [Fact]
    public async Task SeveralCodesOfSeveralDimensionsSelectEveryCombination()
    {
        var page = await ObservationsAsync(Adhd, "area=00&period=2024&sex=total&age=10-14,15-19&medicine=N06BA04,N06BA12,C02AC02&limit=100");

        Assert.Equal(2 * 3, page.TotalCount);
        Assert.Equal(6, page.Items.Select(o => (o.Dimensions["age"], o.Dimensions["medicine"])).Distinct().Count());
    }

    [Theory]
    [InlineData(Adhd, "age=20-24", "age", "0-4, 5-9, 10-14, 15-19")]
    [InlineData(Adhd, "medicine=N06BA04,ritalin", "medicine", "C02AC02, N06BA02, N06BA04, N06BA09, N06BA12")]
    [InlineData(Adhd, "age=", "age", "Has an empty value")]
    [InlineData("scb-folkmangd", "age=0-4", "age", "Unknown parameter")]
    [InlineData(Adhd, "indicator=X", "indicator", "'X' is not an indicator of this dataset. Indicators: SOS_ADHD_MEDICATION_PATIENTS.")]
    [InlineData("nasp-sjalvmordstal-lan", "indicator=NASP_SUICIDE_RATE_15PLUS,NOPE", "indicator", "'NOPE' is not an indicator of this dataset.")]
    public async Task AnUnknownDimensionOrCodeIsA400NamingWhatIsAllowed(string dataset, string query, string parameter, string expected)
    {
        foreach (var path in new[] { "observations", "data", "availability" })
        {
            var response = await Client.GetAsync($"/api/v1/datasets/{dataset}/{path}?{query}");
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(expected, problem.GetProperty("errors").GetProperty(parameter)[0].GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("age", "0-4")]
    [InlineData("age", "15-19")]
    [InlineData("medicine", "N06BA04")]
    [InlineData("medicine", "C02AC02")]
    public async Task RestAndGraphQLSelectTheSameFiguresByDimension(string dimension, string code)
    {
        var rest = await ObservationsAsync(Adhd, $"area=01&period=2020&{dimension}={code}&limit=100");
        var graphQL = await Client.QueryAsync($$$"""
            { dataset(id: "{{{Adhd}}}") { observations(first: 100, where: {area: {eq: "01"}, period: {eq: "2020"}}, dimensions: [{code: "{{{dimension}}}", in: ["{{{code}}}"]}]) {
                totalCount nodes { sex value dimensions { dimension code } } } } }
            """);
        var connection = graphQL.GetProperty("dataset").GetProperty("observations");
        var nodes = connection.GetProperty("nodes").EnumerateArray().ToList();

        Assert.NotEmpty(rest.Items);
        Assert.Equal(rest.TotalCount, connection.GetProperty("totalCount").GetInt32());
        Assert.Equal(rest.Items.Select(o => $"{o.Sex.ToString().ToUpperInvariant()} {o.Dimensions["age"]} {o.Dimensions["medicine"]} {o.Value}").Order(StringComparer.Ordinal),
            nodes.Select(n => $"{n.GetProperty("sex").GetString()} {DimensionCode(n, "age")} {DimensionCode(n, "medicine")} {(n.GetProperty("value").ValueKind == JsonValueKind.Null ? null : n.GetProperty("value").GetDouble())}")
                .Order(StringComparer.Ordinal));
        Assert.All(nodes, n => Assert.Equal(code, DimensionCode(n, dimension)));

        static string DimensionCode(JsonElement node, string dimension) =>
            node.GetProperty("dimensions").EnumerateArray().Single(d => d.GetProperty("dimension").GetString() == dimension).GetProperty("code").GetString()!;
    }

    [Theory]
    [InlineData("age", new[] { "0-4", "5-9", "10-14", "15-19" })]
    [InlineData("-age", new[] { "15-19", "10-14", "5-9", "0-4" })]
    public async Task ObservationsSortByAnOwnDimensionInItsCodesOrder(string sort, string[] expected)
    {
        var page = await ObservationsAsync(Adhd, $"area=00&period=2024&sex=total&medicine=N06BA04&sort={sort}");

        Assert.Equal(expected, page.Items.Select(o => o.Dimensions["age"]));
    }

    [Fact]
    public async Task SortKeysOnDimensionsCombineWithTheResourcesOwn()
    {
        var page = await ObservationsAsync(Adhd, "area=00&period=2024&sex=total&age=0-4,15-19&medicine=N06BA04,N06BA09&sort=-medicine,age,value");

        Assert.Equal(["N06BA09 0-4", "N06BA09 15-19", "N06BA04 0-4", "N06BA04 15-19"],
            page.Items.Select(o => $"{o.Dimensions["medicine"]} {o.Dimensions["age"]}"));
    }

    [Theory]
    [InlineData("sex", new[] { "total", "female", "male" })]
    [InlineData("-sex", new[] { "male", "female", "total" })]
    public async Task ObservationsSortBySexInTheOrderTheDatasetListsItsCodes(string sort, string[] expected)
    {
        var page = await ObservationsAsync(Adhd, $"area=00&period=2024&age=15-19&medicine=N06BA04&sort={sort}");
        var graphQL = await Client.QueryAsync($$$"""
            { dataset(id: "{{{Adhd}}}") { observations(where: {area: {eq: "00"}, period: {eq: "2024"}}, dimensions: [{code: "age", in: ["15-19"]}, {code: "medicine", in: ["N06BA04"]}],
                order: [{sex: {{{(sort.StartsWith('-') ? "DESC" : "ASC")}}}}]) { nodes { sex } } } }
            """);

        Assert.Equal(expected, page.Items.Select(o => OpenData.Api.Data.KebabCase.ToName(o.Sex)));
        Assert.Equal(expected.Select(s => s.ToUpperInvariant()),
            graphQL.GetProperty("dataset").GetProperty("observations").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("sex").GetString()));
    }

    [Theory]
    [InlineData("-value")]
    [InlineData("value")]
    public async Task MissingValuesComeLastWhicheverWayValuesSort(string sort)
    {
        var page = await ObservationsAsync(Adhd, $"medicine=C02AC02&period=2024&sex=male&age=0-4&sort={sort}&limit=30");
        var values = page.Items.Select(o => o.Value).ToList();
        var present = values.TakeWhile(v => v is not null).Select(v => v!.Value).ToList();

        Assert.Contains(null, values);
        Assert.NotEmpty(present);
        Assert.All(values.Skip(present.Count), v => Assert.Null(v));
        Assert.Equal(sort.StartsWith('-') ? present.OrderDescending() : present.Order(), present);
    }

    [Theory]
    [InlineData(Adhd, "colour", "Sort by period, area, indicator, value, sex, age, medicine, comma-separated")]
    [InlineData("scb-folkmangd", "age", "Sort by period, area, indicator, value, sex, comma-separated")]
    public async Task AnUnknownSortKeyIsA400NamingTheDatasetsDimensionsAmongTheKeys(string dataset, string sort, string expected)
    {
        var response = await Client.GetAsync($"/api/v1/datasets/{dataset}/observations?sort={sort}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, problem.GetProperty("errors").GetProperty("sort")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sort=-age,medicine", "[{dimension: {code: \"age\", direction: DESC}}, {dimension: {code: \"medicine\"}}]")]
    [InlineData("sort=medicine,-value", "[{dimension: {code: \"medicine\"}}, {value: DESC}]")]
    public async Task RestAndGraphQLOrderByDimensionsAlike(string sort, string order)
    {
        var rest = await ObservationsAsync(Adhd, $"area=01&period=2020&sex=total&{sort}&limit=20");
        var graphQL = await Client.QueryAsync($$$"""
            { dataset(id: "{{{Adhd}}}") { observations(first: 20, where: {area: {eq: "01"}, period: {eq: "2020"}, sex: {eq: TOTAL}}, order: {{{order}}}) {
                nodes { value dimensions { code } } } } }
            """);

        Assert.Equal(20, rest.Items.Count);
        Assert.Equal(rest.Items.Select(o => $"{o.Dimensions["age"]} {o.Dimensions["medicine"]} {o.Value}"),
            graphQL.GetProperty("dataset").GetProperty("observations").GetProperty("nodes").EnumerateArray().Select(n =>
                $"{string.Join(' ', n.GetProperty("dimensions").EnumerateArray().Select(d => d.GetProperty("code").GetString()))} "
                + $"{(n.GetProperty("value").ValueKind == JsonValueKind.Null ? null : n.GetProperty("value").GetDouble())}"));
    }

    [Fact]
    public async Task GraphQLNamesAnUnknownDimensionToOrderBy()
    {
        var error = await Client.QueryErrorAsync($$$"""{ dataset(id: "{{{Adhd}}}") { observations(order: [{period: ASC}, {dimension: {code: "colour"}}]) { totalCount } } }""",
            HttpStatusCode.OK);

        Assert.StartsWith("order[1].dimension: 'colour' is not a dimension", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("age, medicine", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnderDatasetsOrderingByADimensionLeavesDatasetsWithoutItInTheirOtherOrder()
    {
        var data = await Client.QueryAsync("""
            { datasets(order: [{id: ASC}]) { nodes { slug observations(first: 4, where: {area: {eq: "00"}, period: {eq: "2024"}, sex: {eq: TOTAL}},
                order: [{dimension: {code: "age", direction: DESC}}, {value: ASC}]) { nodes { value dimensions { dimension code } } } } } }
            """);
        var byDataset = data.GetProperty("datasets").GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("slug").GetString()!, n => n.GetProperty("observations").GetProperty("nodes").EnumerateArray().ToList());

        Assert.Equal(["15-19", "15-19", "15-19", "15-19"], byDataset[Adhd].Select(n => n.GetProperty("dimensions").EnumerateArray()
            .Single(d => d.GetProperty("dimension").GetString() == "age").GetProperty("code").GetString()));
        var others = byDataset["scb-folkmangd"].Where(n => n.GetProperty("value").ValueKind == JsonValueKind.Number).Select(n => n.GetProperty("value").GetDouble()).ToList();
        Assert.NotEmpty(others);
        Assert.Equal(others.Order(), others);
    }

    [Fact]
    public async Task EveryCodeOfEveryOwnDimensionFiltersAndSortsAlikeInRestAndGraphQL()
    {
        var dataset = (await Client.GetFromJsonAsync<DatasetResponse>($"/api/v1/datasets/{Adhd}", ApiJson.Options))!;
        var own = DatasetDimensions.OwnOf(dataset).Own;
        var selections = own.SelectMany(d => d.Codes!.Select(c => (RestQuery: $"{d.Code}={c.Code}", Arguments: $"dimensions: [{{code: \"{d.Code}\", in: [\"{c.Code}\"]}}]")))
            .Concat(own.SelectMany(d => new[] { "", "-" }.Select(direction => (RestQuery: $"sort={direction}{d.Code}",
                Arguments: $"order: [{{dimension: {{code: \"{d.Code}\", direction: {(direction == "-" ? "DESC" : "ASC")}}}}}]"))))
            .ToList();

        Assert.Equal(own.Sum(d => d.Codes!.Count) + 2 * own.Count, selections.Count);
        foreach (var (rest, graphQL) in selections)
        {
            var restPage = await ObservationsAsync(Adhd, $"area=03&period=2015,2016&{rest}&limit=200");
            var data = await Client.QueryAsync($$$"""
                { dataset(id: "{{{Adhd}}}") { observations(first: 200, where: {area: {eq: "03"}, period: {in: ["2015", "2016"]}}, {{{graphQL}}}) {
                    totalCount nodes { period sex value dimensions { code } } } } }
                """);
            var connection = data.GetProperty("dataset").GetProperty("observations");

            Assert.NotEmpty(restPage.Items);
            Assert.Equal(restPage.TotalCount, connection.GetProperty("totalCount").GetInt32());
            Assert.Equal(restPage.Items.Select(o => $"{o.Period} {o.Sex.ToString().ToUpperInvariant()} {o.Dimensions["age"]} {o.Dimensions["medicine"]} {o.Value}"),
                connection.GetProperty("nodes").EnumerateArray().Select(n => $"{n.GetProperty("period").GetString()} {n.GetProperty("sex").GetString()} "
                    + $"{string.Join(' ', n.GetProperty("dimensions").EnumerateArray().Select(d => d.GetProperty("code").GetString()))} "
                    + $"{(n.GetProperty("value").ValueKind == JsonValueKind.Null ? null : n.GetProperty("value").GetDouble())}"));
        }
    }

    [Theory]
    [InlineData("observations?sort=age,-age", "sort", "'age' is given twice")]
    [InlineData("observations?sort=value,value", "sort", "'value' is given twice")]
    [InlineData("observations?page=99999999999", "page", "'99999999999' is too large: at most 2147483647.")]
    [InlineData("data?format=csv&format=json", "format", "Given more than once.")]
    public async Task ARestMessageSaysWhatIsReallyWrong(string pathAndQuery, string parameter, string expected)
    {
        var response = await Client.GetAsync($"/api/v1/datasets/{Adhd}/{pathAndQuery}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(expected, problem.GetProperty("errors").GetProperty(parameter)[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("order: [{}]", "order[0]: set exactly one sort key, one of period, area, indicator, value, sex, dimension.")]
    [InlineData("dimensions: [{code: \"age\", in: []}]", "dimensions: age: give one or more codes in in.")]
    public async Task AGraphQLMessageSaysWhatIsReallyWrong(string arguments, string expected)
    {
        var error = await Client.QueryErrorAsync($$$"""{ dataset(id: "{{{Adhd}}}") { observations({{{arguments}}}) { totalCount } } }""", HttpStatusCode.OK);

        Assert.Equal(expected, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task GraphQLNamesAnUnknownIndicatorAsRestDoes()
    {
        const string Nasp = "nasp-sjalvmordstal-lan";
        var rest = await Client.GetAsync($"/api/v1/datasets/{Nasp}/observations?indicator=NASP_SUICIDE_RATE_15PLUS,NOPE");
        var unknown = await Client.QueryErrorAsync(
            $$$"""{ dataset(id: "{{{Nasp}}}") { observations(where: {indicator: {in: ["NASP_SUICIDE_RATE_15PLUS", "NOPE"]}}) { totalCount } } }""", HttpStatusCode.OK);
        var known = await Client.QueryAsync(
            $$$"""{ dataset(id: "{{{Nasp}}}") { observations(where: {indicator: {eq: "NASP_SUICIDE_RATE_15PLUS"}}, first: 1) { totalCount } } }""");
        // A prefix or an excluded code is no code the dataset must have.
        var prefix = await Client.QueryAsync(
            $$$"""{ dataset(id: "{{{Nasp}}}") { observations(where: {indicator: {startsWith: "NASP_"}}, first: 1) { totalCount } } }""");
        var excluded = await Client.QueryAsync(
            $$$"""{ dataset(id: "{{{Nasp}}}") { observations(where: {indicator: {neq: "NOPE"}}, first: 1) { totalCount } } }""");
        // Under a list of datasets, an indicator of one of them matches nothing in the others.
        var underList = await Client.QueryAsync(
            """{ datasets(first: 50) { nodes { slug observations(where: {indicator: {eq: "NASP_SUICIDE_RATE_15PLUS"}}, first: 1) { totalCount } } } }""");

        Assert.Equal(HttpStatusCode.BadRequest, rest.StatusCode);
        Assert.Contains("'NOPE' is not an indicator of the dataset nasp-sjalvmordstal-lan. Indicators: ", unknown.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("NASP_SUICIDE_RATE_15PLUS", unknown.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("INVALID_ARGUMENT", unknown.GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(known.GetProperty("dataset").GetProperty("observations").GetProperty("totalCount").GetInt32() > 0);
        Assert.True(prefix.GetProperty("dataset").GetProperty("observations").GetProperty("totalCount").GetInt32() > 0);
        Assert.True(excluded.GetProperty("dataset").GetProperty("observations").GetProperty("totalCount").GetInt32() > 0);
        var counts = underList.GetProperty("datasets").GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("slug").GetString()!, n => n.GetProperty("observations").GetProperty("totalCount").GetInt32());
        Assert.True(counts[Nasp] > 0);
        Assert.Equal(0, counts["scb-folkmangd"]);
    }

    [Fact]
    public async Task GraphQLNamesAnUnknownDimensionOrCode()
    {
        var unknownDimension = await Client.QueryErrorAsync($$"""{ dataset(id: "{{Adhd}}") { observations(dimensions: [{code: "colour", in: ["red"]}]) { totalCount } } }""", HttpStatusCode.OK);
        var unknownCode = await Client.QueryErrorAsync($$"""{ dataset(id: "{{Adhd}}") { observations(dimensions: [{code: "age", in: ["99"]}]) { totalCount } } }""", HttpStatusCode.OK);

        Assert.Contains("age, medicine", unknownDimension.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("0-4, 5-9, 10-14, 15-19", unknownCode.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("INVALID_ARGUMENT", unknownCode.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task UnderDatasetsADatasetWithoutTheDimensionMatchesNothingAndTheOthersAreFiltered()
    {
        var data = await Client.QueryAsync("""
            { datasets(order: [{id: ASC}]) { nodes { slug observations(first: 1, dimensions: [{code: "age", in: ["15-19"]}]) { totalCount } } } }
            """);
        var counts = data.GetProperty("datasets").GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("slug").GetString()!, n => n.GetProperty("observations").GetProperty("totalCount").GetInt32());

        Assert.Equal((await ObservationsAsync(Adhd, "age=15-19&limit=1")).TotalCount, counts[Adhd]);
        Assert.Equal(0, counts["scb-folkmangd"]);
        Assert.Equal(0, counts["nasp-sjalvmordstal-lan"]);
    }

    [Fact]
    public async Task GraphQLRefusesADimensionGivenTwice()
    {
        var error = await Client.QueryErrorAsync($$"""{ dataset(id: "{{Adhd}}") { observations(dimensions: [{code: "age", in: ["0-4"]}, {code: "age", in: ["5-9"]}]) { totalCount } } }""",
            HttpStatusCode.OK);

        Assert.Contains("'age' is given twice", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphQLListsTheDimensionsAsRestDoes()
    {
        var rest = (await Client.GetFromJsonAsync<DatasetResponse>($"/api/v1/datasets/{Adhd}", ApiJson.Options))!;
        var graphQL = await Client.QueryAsync($$"""{ dataset(id: "{{Adhd}}") { dimensions { code name role totalCode codes { code label } } } }""");

        var dimensions = graphQL.GetProperty("dataset").GetProperty("dimensions").EnumerateArray().ToList();
        Assert.Equal(rest.Dimensions.Select(d => (d.Code, d.Name, d.Role, d.TotalCode)),
            dimensions.Select(d => (d.GetProperty("code").GetString()!, d.GetProperty("name").GetString()!, d.GetProperty("role").GetString(), d.GetProperty("totalCode").GetString())));
        Assert.Equal(rest.Dimensions.Select(d => d.Codes?.Select(c => $"{c.Code}={c.Label}").ToList()),
            dimensions.Select(d => d.GetProperty("codes").ValueKind == JsonValueKind.Null ? null
                : d.GetProperty("codes").EnumerateArray().Select(c => $"{c.GetProperty("code").GetString()}={c.GetProperty("label").GetString()}").ToList()));
    }

    [Fact]
    public async Task TheCsvHasACodeAndALabelColumnPerOwnDimension()
    {
        var csv = CsvText.Rows(await Client.GetStringAsync($"/api/v1/datasets/{Adhd}/data?format=csv&area=00&period=2024&sex=total&age=15-19&medicine=N06BA04"), ",");

        Assert.Equal(["indicator", "indicator_name", "unit", "area_code", "area_name", "period", "sex", "sex_name", "age", "age_name", "medicine", "medicine_name",
            "value", "status", "note", "note_en", "source"], csv[0]);
        var row = Assert.Single(csv.Skip(1));
        Assert.Equal(("15-19", "15–19 år", "N06BA04", "Metylfenidat", "49.44"), (row[8], row[9], row[10], row[11], row[12]));
    }

    [Fact]
    public async Task JsonStatHasADimensionPerDatasetDimensionWithLabelsAndRoles()
    {
        var cube = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/datasets/{Adhd}/data?format=jsonstat&area=00,01&period=2023,2024&sex=total&lang=en");

        Assert.Equal(["indicator", "area", "period", "sex", "age", "medicine"], cube.GetProperty("id").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal([1, 2, 2, 1, 4, 5], cube.GetProperty("size").EnumerateArray().Select(s => s.GetInt32()));
        Assert.Equal(1 * 2 * 2 * 1 * 4 * 5, cube.GetProperty("value").GetArrayLength());
        Assert.Equal("Age group", cube.GetProperty("dimension").GetProperty("age").GetProperty("label").GetString());
        Assert.Equal("Methylphenidate", cube.GetProperty("dimension").GetProperty("medicine").GetProperty("category").GetProperty("label").GetProperty("N06BA04").GetString());
        Assert.Equal("Both sexes", cube.GetProperty("dimension").GetProperty("sex").GetProperty("category").GetProperty("label").GetProperty("total").GetString());
        Assert.Equal(["period"], cube.GetProperty("role").GetProperty("time").EnumerateArray().Select(r => r.GetString()));

        // Sweden, 2024, 15-19, methylphenidate: its place in row-major order of the categories' indexes.
        var index = (string dimension, string code) => cube.GetProperty("dimension").GetProperty(dimension).GetProperty("category").GetProperty("index").GetProperty(code).GetInt32();
        var position = ((((index("indicator", "SOS_ADHD_MEDICATION_PATIENTS") * 2 + index("area", "00")) * 2 + index("period", "2024")) * 1 + index("sex", "total")) * 4
                        + index("age", "15-19")) * 5 + index("medicine", "N06BA04");
        Assert.Equal(49.44, cube.GetProperty("value")[position].GetDouble());
    }

    [Fact]
    public async Task AvailabilityGivesEachDimensionsCodesWithFiguresUnderTheOtherFilters()
    {
        var available = (await Client.GetFromJsonAsync<AvailabilityResponse>(
            "/api/v1/datasets/nasp-sjalvmordstal-lan/availability?indicator=NASP_SUICIDE_RATE_15PLUS&area=09", ApiJson.Options))!;
        var periods = available.Dimensions.Single(d => d.Code == "period").Codes.Select(c => c.Code).ToList();
        var figures = await ObservationsAsync("nasp-sjalvmordstal-lan", "indicator=NASP_SUICIDE_RATE_15PLUS&area=09&limit=100");

        Assert.Equal(figures.Items.Select(o => o.Period).Distinct().Order(StringComparer.Ordinal), periods);
        Assert.Equal(figures.TotalCount, available.ObservationCount);
        // Its own filter does not narrow a dimension: both indicators have figures for Gotland, though one is picked.
        Assert.Equal(2, available.Dimensions.Single(d => d.Code == "indicator").Codes.Count);
        Assert.Contains(available.Dimensions.Single(d => d.Code == "area").Codes, c => c is { Code: "01", Label: "Stockholms län" });
    }

    [Fact]
    public async Task AvailabilityLeavesOutCodesWhoseFiguresAreAllMissing()
    {
        const string selection = "period=2006&medicine=C02AC02";
        var available = (await Client.GetFromJsonAsync<AvailabilityResponse>($"/api/v1/datasets/{Adhd}/availability?{selection}", ApiJson.Options))!;
        var rows = await ObservationsAsync(Adhd, $"{selection}&limit=1000");
        var withValues = rows.Items.Where(o => o.Value is not null).ToList();

        Assert.Equal(rows.TotalCount, available.ObservationCount);
        Assert.Equal(withValues.Select(o => o.Area.Code).Distinct().Order(StringComparer.Ordinal),
            available.Dimensions.Single(d => d.Code == "area").Codes.Select(c => c.Code).Order(StringComparer.Ordinal));
        Assert.Equal(withValues.Select(o => o.Dimensions["age"]).Distinct().Order(StringComparer.Ordinal),
            available.Dimensions.Single(d => d.Code == "age").Codes.Select(c => c.Code).Order(StringComparer.Ordinal));
        Assert.True(rows.Items.Select(o => o.Area.Code).Distinct().Count() > withValues.Select(o => o.Area.Code).Distinct().Count(),
            "the selection has areas with only missing figures");
    }

    [Fact]
    public async Task AvailabilityListsTheOwnDimensionsInTheirOrder()
    {
        var available = (await Client.GetFromJsonAsync<AvailabilityResponse>($"/api/v1/datasets/{Adhd}/availability?area=01&medicine=N06BA04&age=0-4", ApiJson.Options))!;

        Assert.Equal(["indicator", "area", "period", "sex", "age", "medicine"], available.Dimensions.Select(d => d.Code));
        Assert.Equal(["0-4", "5-9", "10-14", "15-19"], available.Dimensions.Single(d => d.Code == "age").Codes.Select(c => c.Code));
        Assert.Equal(19 * 3, available.ObservationCount);
        Assert.DoesNotContain(available.Dimensions.Single(d => d.Code == "period").Codes, c => c.Code == "2025");
    }

    [Fact]
    public async Task TheDatasetPageFirstShowsEachOwnDimensionsCodeWithTheMostValues()
    {
        var html = await Client.GetStringAsync($"/datasets/{Adhd}");

        Assert.Contains("<option value=\"N06BA04\" selected", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"15-19\" selected", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDatasetPageHasAPickerPerOwnDimensionShowingTheSelection()
    {
        var html = await Client.GetStringAsync($"/datasets/{Adhd}?area=00&age=15-19&medicine=N06BA04");

        Assert.Contains("<select id=\"age\" name=\"age\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"15-19\" selected", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"N06BA04\" selected", html, StringComparison.Ordinal);
        Assert.Contains("49,44", html, StringComparison.Ordinal);
        Assert.Contains("age=15-19&amp;medicine=N06BA04", html, StringComparison.Ordinal);
    }
}
