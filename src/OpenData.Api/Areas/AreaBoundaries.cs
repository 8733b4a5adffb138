using System.Text.Json;
using OpenData.Api.Data.Seeding;

namespace OpenData.Api.Areas;

/// <summary>
/// Simplified boundaries of the counties and municipalities, by area code, for maps and GeoJSON downloads: byte-identical
/// copies of okfse/sweden-geojson (SOURCES.md §6), read once, on first use. They are simplified for display: nothing here
/// computes an area or a distance from them. Sweden as a whole and the healthcare regions have none.
/// </summary>
public sealed class AreaBoundaries(SeedDirectory seeds)
{
    /// <summary>The credit the boundaries' publisher asks for on any map drawn from them.</summary>
    public const string Credit = "okfse/sweden-geojson";

    private readonly Lazy<Loaded> _loaded = new(() => Loaded.From(Load(seeds.ReferencePath)));

    /// <summary>The boundary of a county (two digits) or a municipality (four); null for any other area.</summary>
    public Boundary? Of(string areaCode) => _loaded.Value.ByCode.GetValueOrDefault(areaCode);

    /// <summary>Every boundary of one level, the counties or the municipalities (by the length of their codes), in code order.</summary>
    public IEnumerable<(string Code, Boundary Boundary)> OfLevel(int codeLength) => _loaded.Value.ByLevel[codeLength];

    /// <summary>The boundaries by code, and grouped by level once, in code order, for the maps.</summary>
    private sealed record Loaded(IReadOnlyDictionary<string, Boundary> ByCode, ILookup<int, (string Code, Boundary Boundary)> ByLevel)
    {
        public static Loaded From(Dictionary<string, Boundary> byCode) => new(byCode,
            byCode.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => (b.Key, b.Value)).ToLookup(b => b.Key.Length));
    }

    private static Dictionary<string, Boundary> Load(string referencePath)
    {
        var boundaries = new Dictionary<string, Boundary>(StringComparer.Ordinal);
        foreach (var (file, codeOf) in new (string File, Func<JsonElement, string> CodeOf)[]
        {
            // The counties' code is a number there (1 for 01).
            ("counties.geojson", properties => properties.GetProperty("l_id").GetInt32().ToString("D2", System.Globalization.CultureInfo.InvariantCulture)),
            ("municipalities.geojson", properties => properties.GetProperty("id").GetString()!),
        })
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(referencePath, "geo", file)));
            foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
            {
                var geometry = feature.GetProperty("geometry");
                boundaries[codeOf(feature.GetProperty("properties"))] = new Boundary(geometry.GetRawText(), Rings(geometry));
            }
        }
        return boundaries;
    }

    /// <summary>Every ring of a Polygon or MultiPolygon, outer rings and holes alike, as (longitude, latitude).</summary>
    private static List<IReadOnlyList<(double Lon, double Lat)>> Rings(JsonElement geometry)
    {
        var polygons = geometry.GetProperty("type").GetString() == "MultiPolygon"
            ? geometry.GetProperty("coordinates").EnumerateArray().ToList()
            : [geometry.GetProperty("coordinates")];
        return [.. polygons.SelectMany(polygon => polygon.EnumerateArray())
            .Select(ring => (IReadOnlyList<(double, double)>)[.. ring.EnumerateArray().Select(point => (point[0].GetDouble(), point[1].GetDouble()))])];
    }

    /// <param name="GeometryJson">The GeoJSON geometry as published.</param>
    /// <param name="Rings">Its rings, for drawing.</param>
    public sealed record Boundary(string GeometryJson, IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> Rings);
}

public static class AreaBoundariesRegistration
{
    /// <summary>The counties' and municipalities' boundaries, read on first use.</summary>
    public static WebApplicationBuilder AddAreaBoundaries(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AreaBoundaries>();
        return builder;
    }
}
