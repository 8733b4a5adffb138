using OpenData.Api.Areas;
using OpenData.Api.Infrastructure;
using OpenData.Api.Organisations;
using OpenData.Api.Querying;
using static OpenData.Api.Sources.SourceExamples;

namespace OpenData.Api.Networks;

/// <summary>The OpenAPI document's examples of networks: IIMHL, its Swedish member and its Leadership Exchanges.</summary>
public static class NetworkExamples
{
    public const string Id = "iimhl";

    public static readonly NetworkResponse Iimhl = new(
        Id: Id,
        Kind: NetworkKind.InternationalNetwork,
        Name: "International Initiative for Mental Health Leadership",
        ShortName: "IIMHL",
        Description: "Internationell organisation som skapar mötesplatser där ledare inom området psykisk hälsa möts för att lära, reflektera och arbeta "
                     + "tillsammans. Det övergripande målet är att förbättra förutsättningarna för psykisk hälsa för dem som möter verksamma organisationer "
                     + "inom psykisk hälsa och missbruksvård. Sverige är genom Uppdrag Psykisk Hälsa en av tio medlemsorganisationer.",
        Parent: null,
        Children:
        [
            new NetworkRef("iimhl-council-for-clinical-leaders", "Council for Clinical Leaders"),
            new NetworkRef("iimhl-disability-leadership", "International Initiative for Disability Leadership"),
            new NetworkRef("iimhl-major-cities", "Storstadsinitiativet inom IIMHL"),
            new NetworkRef("iimhl-mental-health-metrics", "Mental Health Metrics"),
        ],
        MeetingCadence: "Leadership Exchanges var 16:e månad",
        StatedMemberCount: 10,
        MemberCount: 1,
        EventCount: 3,
        FocusAreas: ["Ledarskap inom psykisk hälsa och missbruksvård"],
        Sources: [SklStorstaderInbjudan, UpphInternationelltSamarbete],
        UpdatedAt: ExampleValues.UpdatedAt);

    public static readonly Page<NetworkResponse> List = ListQuery.ExamplePage(NetworkQuery.Definition, "/networks?q=iimhl&kind=international-network", [Iimhl]);

    public static readonly Page<MemberResponse> Members = ListQuery.ExamplePage(NetworkQuery.MembersDefinition, $"/networks/{Id}/members",
    [
        new MemberResponse(OrganisationExamples.UppdragPsykiskHalsaRef, OrganisationKind.Programme, "SE", MembershipRole.Member, SinceYear: 2013, UntilYear: null,
            Note: "Sverige är genom Uppdrag Psykisk Hälsa en av tio medlemsorganisationer och medverkar aktivt sedan 2013.",
            Sources: [SklStorstaderInbjudan, UpphInternationelltSamarbete]),
    ]);

    public static readonly Page<EventResponse> Events = ListQuery.ExamplePage(NetworkQuery.EventsDefinition, $"/networks/{Id}/events",
    [
        new EventResponse("iimhl-leadership-exchange-2018-stockholm", EventKind.LeadershipExchange, "IIMHL Leadership Exchange 2018, Stockholm",
            StartDate: "2018", EndDate: null, Year: 2018,
            Place: "Stockholm, med tematiska kunskapsutbyten i Stockholm, Göteborg, Malmö och andra platser i Europa", Area: new AreaRef("0180", "Stockholm"),
            Theme: "Building bridges beyond borders", Description: "Veckolångt lärandemöte som SKR arrangerade tillsammans med Folkhälsomyndigheten.",
            Hosts: [new OrganisationRef("folkhalsomyndigheten", "Folkhälsomyndigheten"), OrganisationExamples.SkrRef], Programme: [], Sources: [UpphInternationelltSamarbete]),
        new EventResponse("iimhl-leadership-exchange-2019-washington", EventKind.LeadershipExchange, "IIMHL Leadership Exchange 2019, Washington",
            StartDate: "2019-09", EndDate: null, Year: 2019, Place: "Washington", Area: new AreaRef("US", "USA"),
            Theme: null, Description: "Veckolångt lärandemöte i september 2019.", Hosts: [], Programme: [], Sources: [UpphInternationelltSamarbete]),
        new EventResponse("iimhl-leadership-exchange-2022-christchurch", EventKind.LeadershipExchange, "IIMHL Leadership Exchange 2022, Christchurch",
            StartDate: "2022-02-28", EndDate: "2022-03-04", Year: 2022, Place: "Christchurch, Nya Zeeland", Area: new AreaRef("NZ", "Nya Zeeland"),
            Theme: null, Description: "Veckolångt lärandemöte; planerat när källsidan skrevs.", Hosts: [], Programme: [], Sources: [UpphInternationelltSamarbete]),
    ]);

    public static readonly Page<OrganisationNetworkResponse> OfOrganisation = ListQuery.ExamplePage(NetworkQuery.OfOrganisationDefinition,
        $"/organisations/{OrganisationExamples.Id}/networks",
    [
        new OrganisationNetworkResponse(new NetworkRef("kraftsamling-psykisk-halsa", "Kraftsamling för psykisk hälsa"), MembershipRole.Lead,
            SinceYear: null, UntilYear: null, Note: "SKR tog initiativ till Kraftsamlingen.", Sources: [SkrKraftsamling]),
    ]);
}
