using System.Text.Json.Nodes;
using OpenData.Api.Areas;
using OpenData.Api.Datasets.Importing;
using OpenData.Api.Infrastructure;
using OpenData.Api.Organisations;
using OpenData.Api.Querying;
using OpenData.Api.Sources;
using static OpenData.Api.Sources.SourceExamples;

namespace OpenData.Api.Datasets;

/// <summary>
/// The OpenAPI document's examples of datasets: SCB's population, as the seed data loads it, and its figure for Halland county in 2024,
/// read, downloaded and published again.
/// </summary>
public static class DatasetExamples
{
    public const string Id = "scb-folkmangd";

    private static readonly OrganisationRef Scb = new("scb", "Statistiska centralbyrån");

    public static readonly IndicatorResponse Folkmangd = new("FOLKMANGD", "Folkmängd 31 december", "personer",
        "Antalet folkbokförda personer den 31 december respektive år (SCB, BE0101N1).", HigherIsBetter: null);

    public static readonly DatasetResponse ScbFolkmangd = new(
        Id: Id,
        Title: "Folkmängd",
        Description: "SCB:s folkmängd den 31 december: för riket 1968–2024, för kommunerna och länen 2024. Folkmängden för län 03–25 är summan av "
                     + "länets kommuner, beräknad av OpenData och markerad med status derived; Stockholms län (01) och riket är publicerade siffror.",
        Publisher: Scb,
        Licence: new DatasetLicence("CC0-1.0", "http://creativecommons.org/publicdomain/zero/1.0/", "SCB:s öppna data (CC0)."),
        Keywords: ["folkmängd", "befolkning", "kommuner", "län"],
        Theme: "SOCI",
        TemporalCoverage: new TemporalCoverage("1968", "2024"),
        SpatialCoverage: AreaExamples.SverigeRef,
        UpdateFrequency: "ANNUAL",
        Issued: null,
        Modified: ExampleValues.UpdatedAt,
        Revision: 1,
        Revisions: [new RevisionResponse(1, ExampleValues.UpdatedAt, RowsAdded: 368, RowsChanged: 0, RowsRemoved: 0, Note: "Inläst från reference/population.csv.")],
        Indicators: [Folkmangd],
        Dimensions: DatasetDimensions.None.All([Folkmangd], Language.Sv),
        ObservationCount: 368,
        Sources:
        [
            DerivedSumOfMunicipalities,
            OpenDataReferenceSources,
            new SourceRef("scb-api-be0101n1-via-pxwebapidata",
                "SCB API BE0101N1 Folkmängd (BefolkningNy), as rendered in ssb-pxwebapidata reference/ApiData.md",
                "https://api.scb.se/OV0104/v1/doris/sv/ssd/BE/BE0101/BE0101A/BefolkningNy"),
            new SourceRef("scb-befkommun-1968-2024", "samhallsbyggnad: data/processed/03-beeswarm-kommuner.json (field befolkning)",
                "https://github.com/Analys-Region-Halland/samhallsbyggnad"),
            new SourceRef("scb-folkmangd-2024-page", "Folkmängd i riket, län och kommuner 31 december 2024 och befolkningsförändringar 2024",
                "https://scb.se/hitta-statistik/statistik-efter-amne/befolkning-och-levnadsforhallanden/befolkningens-sammansattning-och-utveckling/"
                + "befolkningsstatistik/pong/tabell-och-diagram/folkmangd-och-befolkningsforandringar---helarsstatistik/"
                + "folkmangd-i-riket-lan-och-kommuner-31-december-2024-och-befolkningsforandringar-2024"),
        ],
        UpdatedAt: ExampleValues.UpdatedAt);

    public static readonly Page<DatasetResponse> List = ListQuery.ExamplePage(DatasetQuery.Definition, "/datasets?publisher=scb", [ScbFolkmangd]);

    public static readonly Page<IndicatorResponse> Indicators = ListQuery.ExamplePage(DatasetQuery.IndicatorsDefinition, $"/datasets/{Id}/indicators", [Folkmangd]);

    private const string HallandNote = "Summan av länets kommuner, beräknad av OpenData; ingen publicerad siffra.";
    private const string HallandNoteEn = "Sum of the county's municipalities, computed by OpenData; not a published figure.";

    public static readonly Page<ObservationResponse> Observations = ListQuery.ExamplePage(DatasetQuery.ObservationsDefinition,
        $"/datasets/{Id}/observations?area=13&period=2024",
        [new ObservationResponse(301, "FOLKMANGD", AreaExamples.HallandRef, "2024", Sex.Total, 345074, ObservationStatus.Derived, HallandNote, DerivedSumOfMunicipalities.Id)]);

    /// <summary>GET …/sos-adhd-lakemedel-lan/availability?area=01&amp;period=2024&amp;sex=total&amp;age=15-19&amp;medicine=N06BA04</summary>
    public static readonly AvailabilityResponse Availability = new(
        ObservationCount: 1,
        Dimensions:
        [
            new("indicator", [new("SOS_ADHD_MEDICATION_PATIENTS", "Patienter som hämtat ut ADHD-läkemedel")]),
            new("area",
            [
                new("00", "Sverige"), new("01", "Stockholms län"), new("03", "Uppsala län"), new("04", "Södermanlands län"), new("05", "Östergötlands län"),
                new("06", "Jönköpings län"), new("07", "Kronobergs län"), new("08", "Kalmar län"), new("09", "Gotlands län"), new("10", "Blekinge län"),
                new("12", "Skåne län"), new("13", "Hallands län"), new("14", "Västra Götalands län"), new("17", "Värmlands län"), new("18", "Örebro län"),
                new("19", "Västmanlands län"), new("20", "Dalarnas län"), new("21", "Gävleborgs län"), new("22", "Västernorrlands län"), new("23", "Jämtlands län"),
                new("24", "Västerbottens län"), new("25", "Norrbottens län"),
            ]),
            new("period", [.. Enumerable.Range(2006, 19).Select(year => new DimensionCodeResponse($"{year}", $"{year}"))]),
            new("sex", [new("total", "Båda könen"), new("female", "Kvinnor"), new("male", "Män")]),
            new("age", [new("0-4", "0–4 år"), new("5-9", "5–9 år"), new("10-14", "10–14 år"), new("15-19", "15–19 år")]),
            new("medicine",
            [
                new("C02AC02", "Guanfacin"), new("N06BA02", "Dexamfetamin"), new("N06BA04", "Metylfenidat"), new("N06BA09", "Atomoxetin"),
                new("N06BA12", "Lisdexamfetamin")
            ]),
        ]);

    /// <summary>GET …/data?format=json&amp;area=13&amp;period=2024</summary>
    public static readonly IReadOnlyList<DownloadedObservation> JsonDownload =
    [
        new("FOLKMANGD", Folkmangd.Name, Folkmangd.Unit, AreaExamples.HallandRef.Code, AreaExamples.HallandRef.Name, "2024", Sex.Total, "Båda könen",
            new Dictionary<string, string>(), new Dictionary<string, string>(), 345074, ObservationStatus.Derived, HallandNote, HallandNoteEn, DerivedSumOfMunicipalities.Id),
    ];

    /// <summary>GET …/data?format=csv&amp;area=13&amp;period=2024 (the file also begins with a byte order mark).</summary>
    public const string CsvDownload =
        "indicator,indicator_name,unit,area_code,area_name,period,sex,sex_name,value,status,note,note_en,source\r\n"
        + $"FOLKMANGD,Folkmängd 31 december,personer,13,Hallands län,2024,total,Båda könen,345074,derived,\"{HallandNote}\",\"{HallandNoteEn}\",derived-sum-of-municipalities\r\n";

    /// <summary>GET …/data?format=geojson&amp;area=00&amp;period=2024: Sweden as a whole has no boundary, so its geometry is null.</summary>
    public static JsonNode GeoJsonDownload() => JsonNode.Parse($$"""
        {
          "type": "FeatureCollection",
          "title": "Folkmängd",
          "dataset": "scb-folkmangd",
          "revision": 1,
          "licence": "CC0-1.0",
          "licence_uri": "http://creativecommons.org/publicdomain/zero/1.0/",
          "licence_note": "SCB:s öppna data (CC0).",
          "attribution": {{System.Text.Json.JsonSerializer.Serialize(Datasets.GeoJsonDownload.Attribution)}},
          "features": [
            {
              "type": "Feature",
              "geometry": null,
              "properties": { "indicator": "FOLKMANGD", "indicator_name": "Folkmängd 31 december", "unit": "personer", "area_code": "00", "area_name": "Sverige",
                              "period": "2024", "sex": "total", "sex_name": "Båda könen", "value": 10587710, "status": "published", "note": null, "note_en": null,
                              "source": "scb-api-be0101n1-via-pxwebapidata" }
            }
          ]
        }
        """)!;

    /// <summary>GET …/data?format=jsonstat&amp;area=13&amp;period=2024</summary>
    public static JsonNode JsonStatDownload()
    {
        var cube = JsonNode.Parse($$"""
        {
          "version": "2.0",
          "class": "dataset",
          "label": "Folkmängd",
          "source": "",
          "updated": "2026-11-25T08:00:00Z",
          "id": ["indicator", "area", "period", "sex"],
          "size": [1, 1, 1, 1],
          "role": { "time": ["period"], "geo": ["area"], "metric": ["indicator"] },
          "dimension": {
            "indicator": { "label": "Indikator", "category": { "index": { "FOLKMANGD": 0 }, "label": { "FOLKMANGD": "Folkmängd 31 december" },
                                                               "unit": { "FOLKMANGD": { "label": "personer" } } } },
            "area": { "label": "Område", "category": { "index": { "13": 0 }, "label": { "13": "Hallands län" } } },
            "period": { "label": "Period", "category": { "index": { "2024": 0 }, "label": { "2024": "2024" } } },
            "sex": { "label": "Kön", "category": { "index": { "total": 0 }, "label": { "total": "Båda könen" } } }
          },
          "value": [345074],
          "status": { "0": "derived" },
          "note": ["Revision 1. Status: derived = computed by OpenData from published figures; provisional, missing, suppressed as named."],
          "extension": {
            "datasetId": "{{Id}}",
            "revision": 1,
            "publisher": "Statistiska centralbyrån",
            "licence": { "id": "CC0-1.0", "uri": "http://creativecommons.org/publicdomain/zero/1.0/", "note": "SCB:s öppna data (CC0)." },
            "valueNotes": { "0": "{{HallandNote}}" }
          }
        }
        """)!;
        // Halland's one figure was computed by OpenData, so its own method is the source the cube names.
        cube["source"] = DerivedSumOfMunicipalities.Title;
        return cube;
    }

    /// <summary>PUT /datasets/scb-folkmangd with the metadata the seed data gives it.</summary>
    public static readonly DatasetMetadataRequest Metadata = new(
        TitleSv: "Folkmängd",
        TitleEn: "Population",
        DescriptionSv: ScbFolkmangd.Description,
        DescriptionEn: "Statistics Sweden's population on 31 December: for Sweden 1968–2024, for municipalities and counties 2024. The populations of "
                       + "counties 03–25 are sums of their municipalities computed by OpenData and carry the status derived; Stockholm County (01) and "
                       + "Sweden are published figures.",
        Publisher: Scb.Id,
        LicenceId: "CC0-1.0",
        LicenceUri: "http://creativecommons.org/publicdomain/zero/1.0/",
        LicenceNoteSv: "SCB:s öppna data (CC0).",
        LicenceNoteEn: "Statistics Sweden open data (CC0).",
        KeywordsSv: ["folkmängd", "befolkning", "kommuner", "län"],
        KeywordsEn: ["population", "municipalities", "counties"],
        Theme: "SOCI",
        TemporalFrom: "1968",
        TemporalTo: "2024",
        SpatialArea: AreaExamples.SverigeRef.Code,
        UpdateFrequency: "ANNUAL",
        Issued: null,
        Sources: [.. ScbFolkmangd.Sources.Select(s => s.Id)],
        Indicators:
        [
            new IndicatorRequest("FOLKMANGD", Folkmangd.Name, "Population on 31 December", Folkmangd.Unit, "persons", Folkmangd.Definition,
                "The number of people registered as resident on 31 December of the year (Statistics Sweden, BE0101N1).", HigherIsBetter: null),
        ]);

    /// <summary>
    /// PUT /datasets/scb-folkmangd/observations with Halland's figure alone: an upload replaces every observation, so the other 367 go
    /// (an upload of the whole download would change nothing).
    /// </summary>
    public const string CsvUpload =
        "indicator,area,period,sex,value,status,note,note_en,source\r\n"
        + $"FOLKMANGD,13,2024,total,345074,derived,\"{HallandNote}\",\"{HallandNoteEn}\",derived-sum-of-municipalities\r\n";

    public static readonly IReadOnlyList<ObservationRequest> JsonUpload =
    [
        new("FOLKMANGD", AreaExamples.HallandRef.Code, "2024", Sex.Total, 345074, ObservationStatus.Derived, HallandNote, HallandNoteEn, DerivedSumOfMunicipalities.Id),
    ];

    public static readonly ObservationWriteResponse Written = new(Id, Revision: 2, Rows: 1, RowsAdded: 0, RowsChanged: 0, RowsRemoved: 367);

    public static readonly InvalidObservationsProblem InvalidUpload = new(
        Type: "https://httpstatuses.io/400",
        Title: "Invalid observations",
        Status: StatusCodes.Status400BadRequest,
        Detail: "1 problem(s) in the input; nothing was written. The first: row 2, area: '99' is not an area code (see /api/v1/areas).",
        Instance: $"/api/v1/datasets/{Id}/observations",
        TraceId: ExampleValues.TraceId,
        Errors: [new ImportError(2, "area", "'99' is not an area code (see /api/v1/areas).")],
        ErrorCount: 1);

    /// <summary>A key of SKR's (the README's skr-import) writing SCB's dataset.</summary>
    public static readonly Microsoft.AspNetCore.Mvc.ProblemDetails Forbidden =
        ApiProblems.Forbidden(new DatasetWriter("skr-import", "skr", IsOperator: false).RefusalToChange(Id, Scb.Id)!).ProblemDetails;
}
