using OpenData.Api.Data.Seeding;

namespace OpenData.Api.Areas;

/// <summary>
/// The reference files copied from ../shared/data that list Sweden's counties (regions.csv) and
/// municipalities (municipalities.csv) with their healthcare regions, and the sources that state them.
/// The areas and the organisations (regions, municipalities) are both seeded from them.
/// </summary>
internal static class SwedishReferenceFiles
{
    public const string GeodataSource = "sjbrg-swedish-geodata";
    public const string HallandSplitSource = "sfs-1982-777";

    /// <summary>The regions' own pages, which name their member regions (SOURCES.md §2).</summary>
    public static readonly IReadOnlyDictionary<string, string> HealthcareRegionPages = new Dictionary<string, string>
    {
        ["Norra"] = "norra-sjukvardsregionforbundet",
        ["Mellansverige"] = "sjukvardsregion-mellansverige",
        ["Sydöstra"] = "sydostra-sjukvardsregionen",
        ["Södra"] = "sodra-sjukvardsregionen",
        ["Västra"] = "vgregion-samverkansnamnden",
        ["Stockholm-Gotland"] = "wikipedia-sjukvardsregion",
    };

    public static string HealthcareRegionCode(string shortName) => "sjukvardsregion-" + Slug.From(shortName);

    public static List<CountyRow> ReadCounties(SeedRun run) => SeedRun.ReadCsv<CountyRow>(run.ReferencePathOf("regions.csv"));

    public static List<MunicipalityRow> ReadMunicipalities(SeedRun run) => SeedRun.ReadCsv<MunicipalityRow>(run.ReferencePathOf("municipalities.csv"));

    internal sealed record CountyRow(
        string CountyCode, string CountyName, string CountyNameShort, string RegionName, string HealthcareRegion,
        string? HealthcareRegionNote)
    {
        /// <summary>The healthcare regions the county belongs to; Halland's is split between two.</summary>
        public string[] HealthcareRegionNames() => HealthcareRegion.Split('|');
    }

    internal sealed record MunicipalityRow(string Code, string Name, string CountyCode, string HealthcareRegion);
}
