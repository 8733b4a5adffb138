using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;
using OpenData.Api.Sources;

namespace OpenData.Api.Areas;

/// <summary>The OpenAPI document's examples of areas: Halland county, which belongs partly to two healthcare regions.</summary>
public static class AreaExamples
{
    public const string Code = "13";

    public static readonly AreaRef SverigeRef = new("00", "Sverige");
    public static readonly AreaRef HallandRef = new(Code, "Hallands län");

    private static readonly HealthcareRegionResponse[] HallandsRegions =
    [
        new("sjukvardsregion-sodra", "Sjukvårdsregion Södra", Whole: false),
        new("sjukvardsregion-vastra", "Sjukvårdsregion Västra", Whole: false),
    ];

    private const string HallandsNote = "Länet är delat: Kungsbacka (1384), Varberg (1383) och Falkenberg (1382) hör till Västra sjukvårdsregionen; "
                                        + "Halmstad (1380), Hylte (1315) och Laholm (1381) till Södra.";

    private static readonly SourceRef[] HallandsSources =
    [
        new("sfs-1982-777", "Förordning (1982:777) om samverkan inom sjukvårdsregioner, i lydelse t.o.m. SFS 1997:927", "http://klevringsjuridik.se/law/lag-1982-777/"),
        SourceExamples.SwedishGeodata,
        new("sodra-sjukvardsregionen", "Södra sjukvårdsregionen – samarbete för bättre vård", "https://sodrasjukvardsregionen.se/verksamhet/samarbete-for-battre-vard/"),
        new("vgregion-samverkansnamnden", "Samverkansnämnden",
            "https://www.vgregion.se/politik/politisk-organisation/namnder-och-styrelser-for-halso--och-sjukvard/samverkansnamnden"),
    ];

    public static readonly AreaDetailResponse Halland = new(
        Code: Code,
        Kind: AreaKind.County,
        Name: HallandRef.Name,
        Parent: SverigeRef,
        Children:
        [
            new("1315", "Hylte"), new("1380", "Halmstad"), new("1381", "Laholm"), new("1382", "Falkenberg"), new("1383", "Varberg"), new("1384", "Kungsbacka"),
        ],
        HealthcareRegions: HallandsRegions,
        Organisations: [new GoverningOrganisation("region-halland", "Region Halland")],
        Note: HallandsNote,
        Sources: HallandsSources,
        UpdatedAt: ExampleValues.UpdatedAt);

    public static readonly Page<AreaResponse> List = ListQuery.ExamplePage(AreaQuery.Definition, "/areas?q=halland",
        [new AreaResponse(Code, AreaKind.County, HallandRef.Name, SverigeRef, HallandsRegions, HallandsNote, HallandsSources, ExampleValues.UpdatedAt)]);
}
