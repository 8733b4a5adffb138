using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Data.Seeding;
using OpenData.Api.Sources;
using static OpenData.Api.Areas.SwedishReferenceFiles;

namespace OpenData.Api.Areas;

/// <summary>
/// Sweden, the six healthcare regions, the 21 counties and the 290 municipalities from the reference files,
/// then the areas of areas.json (foreign countries).
/// </summary>
internal sealed class AreaSeedSet(OpenDataDbContext db) : SeedSet<AreaSeed, Area>(db)
{
    private const string SwedenCode = "00";
    private static readonly string[] HealthcareRegionSources =
        ["hsf-2017-80", "vgregion-samverkansnamnden", "wikipedia-sjukvardsregion"];

    /// <summary>Swedish wording of the notes regions.csv gives in English.</summary>
    private static readonly Dictionary<string, string> CountyNotesSv = new()
    {
        ["09"] = "Region Gotland är Gotlands kommun (0980) med regionalt ansvar.",
        ["13"] = "Länet är delat: Kungsbacka (1384), Varberg (1383) och Falkenberg (1382) hör till Västra sjukvårdsregionen; "
                 + "Halmstad (1380), Hylte (1315) och Laholm (1381) till Södra.",
    };

    public override string ResourceType => "areas";

    public override IReadOnlyList<Type> References => [typeof(Source)];

    protected override IReadOnlyList<AreaSeed> ReadSeeds(SeedRun run) => [.. ReferenceAreas(run), .. run.ReadJson<AreaSeed>("areas.json")];

    protected override string IdOf(AreaSeed seed) => seed.Code;

    protected override string IdOf(Area record) => record.Code;

    protected override IQueryable<Area> Existing() => Db.Areas.Include(a => a.Sources).AsSplitQuery();

    protected override Area Create(AreaSeed seed, SeedRun run) => new()
    {
        Code = seed.Code,
        Kind = seed.Kind,
        NameSv = seed.NameSv,
        NameEn = seed.NameEn,
        ParentCode = seed.Parent,
        HealthcareRegions = [.. (seed.HealthcareRegions ?? []).Select(h => new HealthcareRegionMembership
            { AreaCode = seed.Code, HealthcareRegionCode = h.Code, Whole = h.Whole })],
        NoteSv = seed.NoteSv,
        NoteEn = seed.NoteEn,
        Sources = run.SourcesOf(seed.Sources, $"area '{seed.Code}'"),
    };

    protected override void Update(Area existing, Area incoming)
    {
        CopyScalars(existing, incoming);
        Replace(existing.HealthcareRegions, incoming.HealthcareRegions);
        Replace(existing.Sources, incoming.Sources);
    }

    private static List<AreaSeed> ReferenceAreas(SeedRun run)
    {
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

        foreach (var county in ReadCounties(run))
        {
            var regionNames = county.HealthcareRegionNames();
            var split = regionNames.Length > 1;
            List<string> sources = [GeodataSource, .. regionNames.Select(r => HealthcareRegionPages[r]).Distinct()];
            if (split)
            {
                sources.Add(HallandSplitSource);
            }
            areas.Add(new AreaSeed(county.CountyCode, AreaKind.County, county.CountyName, $"{county.CountyNameShort} County",
                SwedenCode, [.. regionNames.Select(r => new HealthcareRegionSeed(HealthcareRegionCode(r), !split))],
                CountyNotesSv.GetValueOrDefault(county.CountyCode),
                string.IsNullOrWhiteSpace(county.HealthcareRegionNote) ? null : county.HealthcareRegionNote, sources));
        }

        foreach (var municipality in ReadMunicipalities(run))
        {
            List<string> sources = municipality.CountyCode == "13" ? [GeodataSource, HallandSplitSource] : [GeodataSource];
            areas.Add(new AreaSeed(municipality.Code, AreaKind.Municipality, municipality.Name, null, municipality.CountyCode,
                [new HealthcareRegionSeed(HealthcareRegionCode(municipality.HealthcareRegion), true)], null, null, sources));
        }
        return areas;
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
}

internal sealed record AreaSeed(
    string Code, AreaKind Kind, string NameSv, string? NameEn, string? Parent,
    List<HealthcareRegionSeed>? HealthcareRegions, string? NoteSv, string? NoteEn, List<string> Sources);

internal sealed record HealthcareRegionSeed(string Code, bool Whole);
