using OpenData.Api.Agreements;
using OpenData.Api.Areas;
using OpenData.Api.Datasets;
using OpenData.Api.Networks;
using OpenData.Api.Organisations;
using OpenData.Api.ResourceCentres;
using OpenData.Api.Sources;

namespace OpenData.Api.GraphQL;

/// <summary>Swedish and English descriptions of the model's enums and their values.</summary>
public static class EnumDescriptions
{
    private static readonly Dictionary<Type, string> Types = new()
    {
        [typeof(OrganisationKind)] = "Typ av organisation. / Kind of organisation.",
        [typeof(AgreementKind)] = "Typ av överenskommelse. / Kind of agreement.",
        [typeof(PartyRole)] = "En parts roll i en överenskommelse. / A party's role in an agreement.",
        [typeof(ResourceCentreStatus)] = "Ett resurscentrums status. / A resource centre's status.",
        [typeof(NetworkKind)] = "Typ av nätverk. / Kind of network.",
        [typeof(MembershipRole)] = "En medlems roll i ett nätverk. / A member's role in a network.",
        [typeof(EventKind)] = "Typ av möte. / Kind of event.",
        [typeof(Sex)] = "Kön. / Sex.",
        [typeof(ObservationStatus)] = "Status för ett värde. / Status of a value.",
        [typeof(AreaKind)] = "Typ av område. / Kind of area.",
        [typeof(SourceKind)] = "Typ av källa. / Kind of source.",
    };

    private static readonly Dictionary<Enum, string> Values = new()
    {
        [OrganisationKind.Government] = "Regering eller stat. / Government or state.",
        [OrganisationKind.GovernmentAgency] = "Statlig myndighet. / Government agency.",
        [OrganisationKind.Region] = "Region (tidigare landsting). / Region (formerly county council).",
        [OrganisationKind.Municipality] = "Kommun. / Municipality.",
        [OrganisationKind.MunicipalAssociation] = "Förbund av kommuner och regioner. / Association of municipalities and regions.",
        [OrganisationKind.Programme] = "Program eller verksamhet inom en organisation. / Programme or unit within an organisation.",
        [OrganisationKind.CivilSociety] = "Civilsamhällets organisation. / Civil-society organisation.",
        [OrganisationKind.InternationalOrganisation] = "Internationell organisation. / International organisation.",
        [OrganisationKind.ForeignPublicBody] = "Offentligt organ i ett annat land. / Public body in another country.",
        [AgreementKind.StateAgreement] = "Överenskommelse mellan staten och SKR. / Agreement between the state and SKR.",
        [AgreementKind.ActionPlan] = "Gemensam handlingsplan. / Joint action plan.",
        [PartyRole.Signatory] = "Undertecknar överenskommelsen. / Signs the agreement.",
        [PartyRole.Participant] = "Deltar i eller genomför den. / Takes part in or carries it out.",
        [PartyRole.Coordinator] = "Samordnar arbetet. / Coordinates the work.",
        [ResourceCentreStatus.Planned] = "Planerat. / Planned.",
        [ResourceCentreStatus.Project] = "Etableringsprojekt. / Establishment project.",
        [ResourceCentreStatus.Established] = "Etablerat. / Established.",
        [ResourceCentreStatus.Discontinued] = "Nedlagt. / Discontinued.",
        [NetworkKind.InternationalNetwork] = "Internationellt nätverk. / International network.",
        [NetworkKind.WorkingGroup] = "Arbetsgrupp inom ett nätverk. / Working group within a network.",
        [NetworkKind.CityCollaboration] = "Samarbete mellan storstäder. / Collaboration between major cities.",
        [NetworkKind.NationalInitiative] = "Nationellt initiativ. / National initiative.",
        [NetworkKind.CountyNetwork] = "Nätverk inom ett län. / Network within a county.",
        [MembershipRole.Member] = "Medlem. / Member.",
        [MembershipRole.Lead] = "Leder nätverket. / Leads the network.",
        [MembershipRole.Host] = "Värd. / Host.",
        [MembershipRole.Coordinator] = "Samordnare. / Coordinator.",
        [MembershipRole.DataContributor] = "Bidrar med data. / Contributes data.",
        [EventKind.LeadershipExchange] = "IIMHL:s veckolånga lärandemöte. / IIMHL's week-long learning exchange.",
        [EventKind.Meeting] = "Möte eller seminarium. / Meeting or seminar.",
        [EventKind.Webcast] = "Webbsändning. / Webcast.",
        [Sex.Total] = "Båda könen. / Both sexes.",
        [Sex.Female] = "Kvinnor. / Women.",
        [Sex.Male] = "Män. / Men.",
        [ObservationStatus.Published] = "Värdet som det publicerats. / The value as published.",
        [ObservationStatus.Derived] = "Beräknat av OpenData ur publicerade värden. / Computed by OpenData from published values.",
        [ObservationStatus.Provisional] = "Preliminärt värde. / Provisional value.",
        [ObservationStatus.Missing] = "Värde saknas. / Value missing.",
        [ObservationStatus.Suppressed] = "Undertryckt värde (sekretess). / Suppressed value (confidentiality).",
        [AreaKind.Country] = "Land. / Country.",
        [AreaKind.HealthcareRegion] = "Sjukvårdsregion. / Healthcare region.",
        [AreaKind.County] = "Län. / County.",
        [AreaKind.Municipality] = "Kommun. / Municipality.",
        [SourceKind.WebPage] = "Webbsida. / Web page.",
        [SourceKind.Document] = "Dokument. / Document.",
        [SourceKind.Report] = "Rapport. / Report.",
        [SourceKind.Agreement] = "Överenskommelsetext. / Text of an agreement.",
        [SourceKind.Legislation] = "Författning. / Legislation.",
        [SourceKind.DataFile] = "Datafil. / Data file.",
        [SourceKind.Api] = "Programmeringsgränssnitt. / API.",
    };

    public static string Of(Type type) => Types[type];

    public static string Of(Enum value) => Values.TryGetValue(value, out var text) ? text : throw new KeyNotFoundException($"No description for {value.GetType().Name}.{value}.");
}
