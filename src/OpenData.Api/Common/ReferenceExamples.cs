namespace OpenData.Api.Common;

/// <summary>
/// Links to records of the seed data that several features' OpenAPI examples cite, as the API writes them (Swedish texts).
/// Every example states facts of the seed data; only the times a record was written are the example's own.
/// </summary>
public static class ReferenceExamples
{
    /// <summary>When the examples' records were last written (RFC 3339, UTC); in a real answer, when the seed data was loaded or changed.</summary>
    public static readonly DateTime UpdatedAt = new(2026, 11, 25, 8, 0, 0, DateTimeKind.Utc);

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

    public static readonly OrganisationRef Skr = new("skr", "Sveriges Kommuner och Regioner");
    public static readonly OrganisationRef UppdragPsykiskHalsa = new("uppdrag-psykisk-halsa", "Uppdrag Psykisk Hälsa");

    public static readonly AreaRef Sverige = new("00", "Sverige");
    public static readonly AreaRef HallandsLan = new("13", "Hallands län");
}
