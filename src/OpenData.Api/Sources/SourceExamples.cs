using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.Sources;

/// <summary>
/// The OpenAPI document's example of a source, Karolinska Institutet's news item on the suicide statistics for 2023, and the sources
/// the other features' examples cite, as the seed data states them.
/// </summary>
public static class SourceExamples
{
    public static readonly SourceRef SklRegionalaResurscentra2017 = new("skl-regionala-resurscentra-2017", "Ny satsning för ökat kunskapsutbyte inom psykisk hälsa", null);
    public static readonly SourceRef SklStorstaderInbjudan = new("skl-storstader-inbjudan",
        "Hur kan storstäder i världen utveckla sitt samarbete kring tvärsektoriella strategier för att möta välfärdens utmaningar?", null);
    public static readonly SourceRef SkrKraftsamling = new("skr-kraftsamling-psykisk-halsa", "Kraftsamling för psykisk hälsa", null);
    public static readonly SourceRef StorsthlmPsykiskHalsa = new("storsthlm-psykisk-halsa", "Psykisk hälsa", null);
    public static readonly SourceRef UpphInternationelltSamarbete = new("upph-internationellt-samarbete", "Internationellt samarbete", null);
    public static readonly SourceRef OpenDataReferenceSources = new("opendata-reference-sources", "Sources for the reference data (SOURCES.md)", null);
    public static readonly SourceRef SwedishGeodata = new("sjbrg-swedish-geodata", "swedish-geodata: data/municipalities.csv and data/counties.csv",
        "https://github.com/sjbrg/swedish-geodata");
    public static readonly SourceRef DerivedSumOfMunicipalities = new("derived-sum-of-municipalities", "County population as the sum of its municipalities", null);

    public const string Id = "ki-news-suicide-statistics-2023";

    public static readonly SourceResponse KiSuicideStatistics2023 = new(
        Id: Id,
        Kind: SourceKind.WebPage,
        Title: "Updated suicide statistics for Sweden in 2023",
        Language: "en",
        Publisher: "Karolinska Institutet",
        Published: "2024-07-04",
        Url: "https://news.ki.se/updated-suicide-statistics-for-sweden-in-2023",
        Note: "Definierar självmord som ICD-10 X60–X84 och Y10–Y34 (säkra och osäkra).",
        MentionedIn: OpenDataReferenceSources,
        UpdatedAt: ExampleValues.UpdatedAt);

    public static readonly Page<SourceResponse> List = ListQuery.ExamplePage(SourceQuery.Definition, "/sources?publisher=Karolinska%20Institutet",
        [KiSuicideStatistics2023]);
}
