using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;
using static OpenData.Api.Sources.SourceExamples;

namespace OpenData.Api.Organisations;

/// <summary>The OpenAPI document's examples of organisations: SKR and Uppdrag Psykisk Hälsa as the seed data states them.</summary>
public static class OrganisationExamples
{
    public const string Id = "skr";

    public static readonly OrganisationRef SkrRef = new("skr", "Sveriges Kommuner och Regioner");
    public static readonly OrganisationRef UppdragPsykiskHalsaRef = new("uppdrag-psykisk-halsa", "Uppdrag Psykisk Hälsa");

    public static readonly OrganisationResponse Skr = new(
        Id: "skr",
        Kind: OrganisationKind.MunicipalAssociation,
        Name: "Sveriges Kommuner och Regioner",
        ShortName: "SKR",
        Description: "Arbetsgivar- och intresseorganisation för Sveriges kommuner och regioner. Hette Sveriges Kommuner och Landsting (SKL) till 2019.",
        Country: "SE",
        MunicipalityCode: null,
        CountyCode: null,
        OrganisationNumber: null,
        Website: null,
        Parent: null,
        Area: null,
        FormerNames: [new FormerNameResponse("Sveriges Kommuner och Landsting", "SKL", UsedFromYear: null, UsedUntilYear: 2019)],
        Sources: [SklRegionalaResurscentra2017, SklStorstaderInbjudan, SkrKraftsamling, StorsthlmPsykiskHalsa],
        UpdatedAt: ExampleValues.UpdatedAt);

    public static readonly OrganisationResponse UppdragPsykiskHalsa = new(
        Id: "uppdrag-psykisk-halsa",
        Kind: OrganisationKind.Programme,
        Name: "Uppdrag Psykisk Hälsa",
        ShortName: null,
        Description: "Verksamhet vid SKR. Genom Uppdrag Psykisk Hälsa är Sverige medlem i IIMHL; ett kansli här samordnade arbetet med regionala resurscentra från 2017.",
        Country: "SE",
        MunicipalityCode: null,
        CountyCode: null,
        OrganisationNumber: null,
        Website: null,
        Parent: SkrRef,
        Area: null,
        FormerNames: [],
        Sources: [SklRegionalaResurscentra2017, SklStorstaderInbjudan, UpphInternationelltSamarbete],
        UpdatedAt: ExampleValues.UpdatedAt);

    public static readonly Page<OrganisationResponse> List = ListQuery.ExamplePage(OrganisationQuery.Definition, "/organisations?parent=skr", [UppdragPsykiskHalsa]);

    public static readonly Page<OrganisationResponse> Children = ListQuery.ExamplePage(OrganisationQuery.Definition, $"/organisations/{Id}/children", [UppdragPsykiskHalsa]);
}
