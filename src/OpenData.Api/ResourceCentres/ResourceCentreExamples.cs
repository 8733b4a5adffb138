using OpenData.Api.Agreements;
using OpenData.Api.Areas;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;
using OpenData.Api.Sources;
using static OpenData.Api.Sources.SourceExamples;

namespace OpenData.Api.ResourceCentres;

/// <summary>The OpenAPI document's example of a resource centre: Stockholm-Gotland's, the one the seed data describes.</summary>
public static class ResourceCentreExamples
{
    public const string Id = "rrc-stockholm-gotland";

    public static readonly ResourceCentreResponse StockholmGotland = new(
        Id: Id,
        Name: "Regionalt resurscentrum psykisk hälsa Stockholm-Gotland",
        Description: "Projektet Etablering av Regionalt Resurscentrum Psykisk hälsa Stockholm-Gotland pågick 2018–2019 under ledning av sjukvårdsregion "
                     + "Stockholm-Gotland. Uppdraget var att föreslå en regional samverkande organisation mellan Stockholms läns kommuner, Region Stockholm "
                     + "och Region Gotland i arbetet med psykisk hälsa. Slutrapporten färdigställdes i december 2019; hälso- och sjukvårdsdirektören i "
                     + "Region Stockholm och regiondirektören i Region Gotland tar ställning till en eventuell fortsatt process.",
        HealthcareRegion: new AreaRef("sjukvardsregion-stockholm-gotland", "Sjukvårdsregion Stockholm-Gotland"),
        Status: ResourceCentreStatus.Project,
        LeadOrganisation: null,
        FundingAgreement: new AgreementRef("overenskommelse-psykisk-halsa-2017", "Stöd till riktade insatser inom området psykisk hälsa 2017"),
        FundingAllocation: new FundingAllocationResponse("overenskommelse-psykisk-halsa-2017-rrc-stockholm-gotland", 6_000_000, "SEK", 2017),
        ServedAreas: [new AreaRef("01", "Stockholms län"), new AreaRef("09", "Gotlands län")],
        StatusHistory:
        [
            new StatusPeriodResponse(ResourceCentreStatus.Project, FromYear: 2018, ToYear: 2019,
                Note: "Etableringsprojekt under ledning av sjukvårdsregion Stockholm-Gotland; slutrapport december 2019.", Sources: [StorsthlmPsykiskHalsa]),
        ],
        Reports:
        [
            new SourceRef("slutrapport-rrc-stockholm-gotland-2019", "Slutrapport: Etablering av Regionalt Resurscentrum Psykisk hälsa Stockholm-Gotland", null),
        ],
        Sources: [SklRegionalaResurscentra2017, StorsthlmPsykiskHalsa],
        UpdatedAt: ExampleValues.UpdatedAt);

    public static readonly Page<ResourceCentreResponse> List = ListQuery.ExamplePage(ResourceCentreQuery.Definition, "/resource-centres", [StockholmGotland]);
}
