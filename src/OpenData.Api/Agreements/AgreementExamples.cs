using OpenData.Api.Areas;
using OpenData.Api.Infrastructure;
using OpenData.Api.Organisations;
using OpenData.Api.Querying;
using OpenData.Api.Sources;
using static OpenData.Api.Sources.SourceExamples;

namespace OpenData.Api.Agreements;

/// <summary>The OpenAPI document's example of an agreement: the state–SKL agreement of 2017 and its SEK 6 million for each healthcare region.</summary>
public static class AgreementExamples
{
    public const string Id = "overenskommelse-psykisk-halsa-2017";

    private static readonly SourceRef AgreementDocument = new(Id,
        "Stöd till riktade insatser inom området psykisk hälsa 2017 – överenskommelse mellan staten och Sveriges Kommuner och Landsting", null);

    private static readonly (string Code, string Name)[] HealthcareRegions =
    [
        ("mellansverige", "Mellansverige"), ("norra", "Norra"), ("sodra", "Södra"), ("stockholm-gotland", "Stockholm-Gotland"),
        ("sydostra", "Sydöstra"), ("vastra", "Västra"),
    ];

    public static readonly AgreementResponse Agreement2017 = new(
        Id: Id,
        Kind: AgreementKind.StateAgreement,
        Title: "Stöd till riktade insatser inom området psykisk hälsa 2017",
        Description: "Årets överenskommelse mellan staten och SKL om psykisk hälsa. Enligt den ska SKL 2017 påbörja arbetet med att etablera regionala "
                     + "resurscentra för psykisk hälsa, som ska stödja en förstärkt struktur för kunskapsutbyte: insamling av statistik, analys och "
                     + "implementering. Varje sjukvårdsregion tilldelas sex miljoner kronor.",
        Year: 2017,
        ValidFromYear: 2017,
        ValidToYear: 2017,
        TotalAmount: null,
        Currency: null,
        Parties:
        [
            new PartyResponse(OrganisationExamples.UppdragPsykiskHalsaRef, PartyRole.Coordinator, [SklRegionalaResurscentra2017]),
            new PartyResponse(OrganisationExamples.SkrRef, PartyRole.Signatory, [SklRegionalaResurscentra2017, StorsthlmPsykiskHalsa]),
            new PartyResponse(new OrganisationRef("staten", "Staten"), PartyRole.Signatory, [SklRegionalaResurscentra2017, StorsthlmPsykiskHalsa]),
        ],
        Allocations:
        [
            .. HealthcareRegions.Select(region => new AllocationResponse(
                Id: $"{Id}-rrc-{region.Code}",
                Amount: 6_000_000,
                Currency: "SEK",
                SharePercent: null,
                Year: 2017,
                RecipientOrganisation: null,
                RecipientArea: new AreaRef($"sjukvardsregion-{region.Code}", $"Sjukvårdsregion {region.Name}"),
                Purpose: $"Påbörja arbetet med ett regionalt resurscentrum för psykisk hälsa i sjukvårdsregion {region.Name}.",
                Sources: region.Code == "stockholm-gotland" ? [SklRegionalaResurscentra2017, StorsthlmPsykiskHalsa] : [SklRegionalaResurscentra2017])),
        ],
        Commitments:
        [
            "SKL ska påbörja ett arbete 2017 med att etablera regionala resurscentra inom psykisk hälsa (överenskommelsen s. 11).",
            "Upp till sex regionala resurscentra kan komma att etableras 2017, indelade efter sjukvårdsregionerna.",
            "Avtal för att påbörja arbetet med resurscentra skrivs på sjukvårdsregionsnivå.",
            "Arbetet samordnas av ett kansli på Uppdrag Psykisk Hälsa, SKL.",
        ],
        ReferenceDocuments:
        [
            new SourceRef("forstarkt-infrastruktur-delredovisning-2016",
                "Förstärkt infrastruktur för psykisk hälsa – delredovisning av 2016 års överenskommelse om stöd till riktade insatser inom området psykisk hälsa", null),
            new SourceRef("inventering-regionala-stodstrukturer-2016",
                "Inventering regionala stöd- och samverkansstrukturer – underlag till rapporten ”Länsinventering psykisk hälsa”", null),
            new SourceRef("lansinventering-psykisk-halsa-2016",
                "Länsinventering psykisk hälsa – strukturer till stöd för kunskapsstyrning och förbättringsarbete i Sveriges län", null),
            AgreementDocument,
            new SourceRef("skl-rekommendation-kunskapsstyrning-2017",
                "Rekommendation till landsting och regioner om etablering av en sammanhållen struktur för kunskapsstyrning", null),
        ],
        Sources: [AgreementDocument, SklRegionalaResurscentra2017, StorsthlmPsykiskHalsa],
        UpdatedAt: ExampleValues.UpdatedAt);

    public static readonly Page<AgreementResponse> List = ListQuery.ExamplePage(AgreementQuery.Definition, "/agreements?kind=state-agreement", [Agreement2017]);

    public static readonly Page<OrganisationAgreementResponse> OfOrganisation = ListQuery.ExamplePage(AgreementQuery.OfOrganisationDefinition,
        $"/organisations/{OrganisationExamples.Id}/agreements",
    [
        new OrganisationAgreementResponse(new AgreementRef("overenskommelse-psykisk-halsa-2017", "Stöd till riktade insatser inom området psykisk hälsa 2017"),
            PartyRole.Signatory, Year: 2017, Sources: [SklRegionalaResurscentra2017, StorsthlmPsykiskHalsa]),
    ]);
}
