using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using OpenData.Api.Areas;
using OpenData.Api.Organisations;

namespace OpenData.Api.Data.Seeding;

/// <summary>
/// Turns the reference files copied from ../shared/data (municipalities.csv, regions.csv) into area
/// and organisation seeds: Sweden, the six healthcare regions, the 21 counties and their regions, the
/// 290 municipalities.
/// </summary>
internal static class ReferenceData
{
    public const string SwedenCode = "00";
    private const string GeodataSource = "sjbrg-swedish-geodata";
    private const string HallandSplitSource = "sfs-1982-777";
    private static readonly string[] HealthcareRegionSources =
        ["hsf-2017-80", "vgregion-samverkansnamnden", "wikipedia-sjukvardsregion"];

    /// <summary>The regions' own pages, which name their member regions (SOURCES.md §2).</summary>
    private static readonly Dictionary<string, string> HealthcareRegionPages = new()
    {
        ["Norra"] = "norra-sjukvardsregionforbundet",
        ["Mellansverige"] = "sjukvardsregion-mellansverige",
        ["Sydöstra"] = "sydostra-sjukvardsregionen",
        ["Södra"] = "sodra-sjukvardsregionen",
        ["Västra"] = "vgregion-samverkansnamnden",
        ["Stockholm-Gotland"] = "wikipedia-sjukvardsregion",
    };

    /// <summary>Swedish wording of the notes regions.csv gives in English.</summary>
    private static readonly Dictionary<string, string> CountyNotesSv = new()
    {
        ["09"] = "Region Gotland är Gotlands kommun (0980) med regionalt ansvar.",
        ["13"] = "Länet är delat: Kungsbacka (1384), Varberg (1383) och Falkenberg (1382) hör till Västra sjukvårdsregionen; "
                 + "Halmstad (1380), Hylte (1315) och Laholm (1381) till Södra.",
    };

    public static string HealthcareRegionCode(string shortName) => "sjukvardsregion-" + Slug.From(shortName);

    public static (List<AreaSeed> Areas, List<OrganisationSeed> Organisations) Read(string referenceDirectory)
    {
        var counties = ReadCsv<CountyRow>(Path.Combine(referenceDirectory, "regions.csv"));
        var municipalities = ReadCsv<MunicipalityRow>(Path.Combine(referenceDirectory, "municipalities.csv"));

        var areas = new List<AreaSeed>
        {
            new(SwedenCode, AreaKind.Country, "Sverige", "Sweden", null, [], "Koden 00 är SCB:s kod för riket.",
                "Code 00 is Statistics Sweden's code for the whole country.", ["scb-api-be0101n1-via-pxwebapidata"]),
        };

        foreach (var region in HealthcareRegionPages.Keys.Order(StringComparer.Ordinal))
        {
            areas.Add(new AreaSeed(HealthcareRegionCode(region), AreaKind.HealthcareRegion, $"Sjukvårdsregion {region}",
                $"{Translate(region)} healthcare region", SwedenCode, [],
                "Sjukvårdsregioner har ingen officiell kod; koden är en förkortning av namnet.",
                "Healthcare regions have no official code; the code is a slug of the name.",
                [.. HealthcareRegionSources, HealthcareRegionPages[region]]));
        }

        var organisations = new List<OrganisationSeed>();
        foreach (var county in counties)
        {
            var regionNames = county.HealthcareRegion.Split('|');
            var split = regionNames.Length > 1;
            List<string> sources = [GeodataSource, .. regionNames.Select(r => HealthcareRegionPages[r]).Distinct()];
            if (split)
            {
                sources.Add(HallandSplitSource);
            }
            areas.Add(new AreaSeed(county.CountyCode, AreaKind.County, county.CountyName, CountyNameEn(county),
                SwedenCode, [.. regionNames.Select(r => new HealthcareRegionSeed(HealthcareRegionCode(r), !split))],
                CountyNotesSv.GetValueOrDefault(county.CountyCode),
                string.IsNullOrWhiteSpace(county.HealthcareRegionNote) ? null : county.HealthcareRegionNote, sources));

            organisations.Add(new OrganisationSeed(Slug.From(county.RegionName), OrganisationKind.Region, county.RegionName,
                null, null, null, null, "SE", null, county.CountyCode, null, null, null, county.CountyCode, null,
                [.. regionNames.Select(r => HealthcareRegionPages[r]).Distinct(), "wikipedia-sjukvardsregion"]));
        }

        foreach (var municipality in municipalities)
        {
            List<string> sources = municipality.CountyCode == "13" ? [GeodataSource, HallandSplitSource] : [GeodataSource];
            areas.Add(new AreaSeed(municipality.Code, AreaKind.Municipality, municipality.Name, null, municipality.CountyCode,
                [new HealthcareRegionSeed(HealthcareRegionCode(municipality.HealthcareRegion), true)], null, null, sources));
            organisations.Add(new OrganisationSeed($"kommun-{municipality.Code}", OrganisationKind.Municipality,
                municipality.Name, null, null, null, null, "SE", municipality.Code, municipality.CountyCode, null, null,
                null, municipality.Code, null, [GeodataSource]));
        }

        return (areas, organisations);
    }

    private static string Translate(string healthcareRegion) => healthcareRegion switch
    {
        "Norra" => "Northern",
        "Mellansverige" => "Central Sweden",
        "Sydöstra" => "South-eastern",
        "Södra" => "Southern",
        "Västra" => "Western",
        _ => healthcareRegion,
    };

    private static string CountyNameEn(CountyRow county) => $"{county.CountyNameShort} County";

    public static List<T> ReadCsv<T>(string path)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = args => args.Header.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant(),
        };
        using var reader = new StreamReader(path, Encoding.UTF8);
        using var csv = new CsvReader(reader, configuration);
        return [.. csv.GetRecords<T>()];
    }

    internal sealed record CountyRow(
        string CountyCode, string CountyName, string CountyNameShort, string RegionName, string HealthcareRegion,
        string? HealthcareRegionNote);

    internal sealed record MunicipalityRow(string Code, string Name, string CountyCode, string HealthcareRegion);
}

public static class Slug
{
    /// <summary>"Region Jönköpings län" → "region-jonkopings-lan".</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark
                     && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        return builder.ToString().TrimEnd('-');
    }
}
