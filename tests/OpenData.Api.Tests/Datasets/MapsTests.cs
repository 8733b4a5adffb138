using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Datasets;

/// <summary>
/// The selection on a map: a GeoJSON download joined to the counties' and municipalities' boundaries, and a choropleth on the
/// dataset page for one period across counties or municipalities, credited to the boundaries' publisher.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed partial class MapsTests(SeededApi api)
{
    private const string Counties = "01,03,04,05,06,07,08,09,10,12,13,14,17,18,19,20,21,22,23,24,25";
    private HttpClient Client => api.Client;

    [Fact]
    public async Task GeoJsonHasAFeaturePerObservationWithItsAreasBoundaryAndTheCsvColumns()
    {
        var response = await Client.GetAsync("/api/v1/datasets/nasp-sjalvmordstal-lan/data?format=geojson&indicator=NASP_SUICIDE_RATE_15PLUS&areaUnder=00&period=2023");
        var json = JsonDocument.Parse(await Client.GetStringAsync("/api/v1/datasets/nasp-sjalvmordstal-lan/data?format=json&indicator=NASP_SUICIDE_RATE_15PLUS&areaUnder=00&period=2023")).RootElement;
        var collection = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        Assert.Contains("okfse/sweden-geojson", collection.GetProperty("attribution").GetString(), StringComparison.Ordinal);
        var features = collection.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(json.GetArrayLength(), features.Count);
        Assert.Equal(21, features.Count);
        foreach (var (feature, row) in features.Zip(json.EnumerateArray()))
        {
            Assert.Equal("Feature", feature.GetProperty("type").GetString());
            Assert.Contains(feature.GetProperty("geometry").GetProperty("type").GetString(), new[] { "Polygon", "MultiPolygon" });
            var properties = feature.GetProperty("properties");
            Assert.Equal(row.GetProperty("areaCode").GetString(), properties.GetProperty("area_code").GetString());
            Assert.Equal(row.GetProperty("value").GetDouble(), properties.GetProperty("value").GetDouble());
            Assert.Equal(row.GetProperty("source").GetString(), properties.GetProperty("source").GetString());
        }
        // Longitude first, within Sweden.
        var gotland = features.Single(f => f.GetProperty("properties").GetProperty("area_code").GetString() == "09").GetProperty("geometry");
        var point = FirstPoint(gotland.GetProperty("coordinates"));
        Assert.InRange(point.Lon, 18.0, 19.5);
        Assert.InRange(point.Lat, 56.8, 58.0);
    }

    [Fact]
    public async Task AnAreaWithoutABoundaryHasANullGeometry()
    {
        var collection = await Client.GetJsonAsync("/api/v1/datasets/scb-folkmangd/data?format=geojson&area=00,0180&period=2024");

        var features = collection.GetProperty("features").EnumerateArray().ToDictionary(f => f.GetProperty("properties").GetProperty("area_code").GetString()!);
        Assert.Equal(JsonValueKind.Null, features["00"].GetProperty("geometry").ValueKind);
        Assert.Equal(JsonValueKind.Object, features["0180"].GetProperty("geometry").ValueKind);
    }

    [Fact]
    public async Task AcceptingGeoJsonGetsGeoJsonNamedForItsSelection()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/datasets/scb-folkmangd/data?area=01");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/geo+json"));

        var response = await Client.SendAsync(request);

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("scb-folkmangd-r1-area-01.geojson", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task OnePeriodAcrossCountiesIsMappedWithEveryCountyInAClassAndALegendWithTheUnit()
    {
        var html = await Client.GetStringAsync($"/datasets/nasp-sjalvmordstal-lan?area={Counties}&periodFrom=2023&periodTo=2023");

        var map = MapOf(html);
        Assert.NotNull(map);
        Assert.Equal(21, ValuedArea().Matches(map).Count);
        Assert.Equal(5, Regex.Matches(map, "class=\"swatch map-swatch\" style").Count);
        Assert.Contains("döda per 100 000 invånare", map, StringComparison.Ordinal);
        Assert.Contains("okfse/sweden-geojson", map, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", map, StringComparison.Ordinal);
        // Each class's range is its own members', so equal values share a class and no figure reads as in two of them.
        var ranges = Regex.Matches(map, "map-swatch\" style=\"background:#[0-9a-f]{6}\"></span>([0-9 ,]+)–([0-9 ,]+) ")
            .Select(m => (Low: double.Parse(m.Groups[1].Value.Replace(" ", "").Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture),
                          High: double.Parse(m.Groups[2].Value.Replace(" ", "").Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        Assert.Equal(5, ranges.Count);
        Assert.All(ranges.Zip(ranges.Skip(1)), pair => Assert.True(pair.First.High < pair.Second.Low, $"{pair.First} overlaps {pair.Second}"));
        // The lightest class holds the lowest value, the darkest the highest.
        Assert.Contains("#5e95c9\" data-area=\"09\"", map, StringComparison.Ordinal);
        Assert.Contains("#0b2e63\" data-area=\"23\"", map, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFewMunicipalitiesAreMappedAmongAllTheOthers()
    {
        var html = await Client.GetStringAsync("/datasets/scb-folkmangd?area=0180,0114,1280&periodFrom=2024&periodTo=2024&lang=en");

        var map = MapOf(html);
        Assert.NotNull(map);
        Assert.Equal(3, ValuedArea().Matches(map).Count);
        Assert.Equal(290 - 3, Regex.Matches(map, "class=\"unselected\"").Count);
        Assert.Contains("Not in the selection", map, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/datasets/nasp-sjalvmordstal-lan?area=01,03&periodFrom=2020&periodTo=2023")]
    [InlineData("/datasets/scb-folkmangd?area=00&periodFrom=2024&periodTo=2024")]
    [InlineData("/datasets/scb-folkmangd?area=01,0180&periodFrom=2024&periodTo=2024")]
    public async Task SeveralPeriodsSwedenOrAMixOfLevelsHaveNoMap(string url)
    {
        Assert.Null(MapOf(await Client.GetStringAsync(url)));
    }

    private static string? MapOf(string html) => Regex.Match(html, "<figure class=\"map\">.*?</figure>", RegexOptions.Singleline) is { Success: true } match ? match.Value : null;

    private static (double Lon, double Lat) FirstPoint(JsonElement coordinates) =>
        coordinates[0].ValueKind == JsonValueKind.Number ? (coordinates[0].GetDouble(), coordinates[1].GetDouble()) : FirstPoint(coordinates[0]);

    [GeneratedRegex("class=\"valued\"")]
    private static partial Regex ValuedArea();
}
