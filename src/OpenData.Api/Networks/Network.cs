using System.ComponentModel;
using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Organisations;
using OpenData.Api.Sources;

namespace OpenData.Api.Networks;

/// <summary>A network, collaboration or working group where organisations meet.</summary>
public class Network : IHasSources, ITracked, ISearchable
{
    public required string Id { get; set; }
    public NetworkKind Kind { get; set; }
    public required string NameSv { get; set; }
    public string? NameEn { get; set; }
    public string? ShortName { get; set; }
    public string? DescriptionSv { get; set; }
    public string? DescriptionEn { get; set; }
    public string? ParentId { get; set; }
    public Network? Parent { get; set; }
    public List<Network> Children { get; set; } = [];
    /// <summary>How often the network meets, as the source words it.</summary>
    public string? MeetingCadenceSv { get; set; }
    public string? MeetingCadenceEn { get; set; }
    /// <summary>The number of member organisations a source states, where not every member is named.</summary>
    public int? StatedMemberCount { get; set; }
    public List<FocusArea> FocusAreas { get; set; } = [];
    public List<Membership> Memberships { get; set; } = [];
    public List<NetworkEvent> Events { get; set; } = [];
    public List<Source> Sources { get; set; } = [];
    public DateTime UpdatedAt { get; set; }
    public string SearchText { get; set; } = "";
    public string? SeedHash { get; set; }

    public IEnumerable<string?> SearchTerms() => [Id, NameSv, NameEn, ShortName];
}

[Description("Typ av nätverk. / Kind of network.")]
public enum NetworkKind
{
    [Description("Internationellt nätverk. / International network.")]
    InternationalNetwork,
    [Description("Arbetsgrupp inom ett nätverk. / Working group within a network.")]
    WorkingGroup,
    [Description("Samarbete mellan storstäder. / Collaboration between major cities.")]
    CityCollaboration,
    [Description("Nationellt initiativ. / National initiative.")]
    NationalInitiative,
    [Description("Nätverk inom ett län. / Network within a county.")]
    CountyNetwork,
}

public class FocusArea
{
    public int Id { get; set; }
    public int Position { get; set; }
    public required string TextSv { get; set; }
    public string? TextEn { get; set; }
}

/// <summary>An organisation's part in a network: its role and, where stated, since and until when.</summary>
public class Membership : IHasSources
{
    public int Id { get; set; }
    public string NetworkId { get; set; } = "";
    public Network? Network { get; set; }
    public required string OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public MembershipRole Role { get; set; }
    public int? SinceYear { get; set; }
    public int? UntilYear { get; set; }
    public string? NoteSv { get; set; }
    public string? NoteEn { get; set; }
    public List<Source> Sources { get; set; } = [];
}

[Description("En medlems roll i ett nätverk. / A member's role in a network.")]
[OpenApiDescription("Roll i ett nätverk: medlem, ledare, värd, samordnare eller databidragsgivare. / Role in a network: member, lead, host, coordinator or data contributor.")]
public enum MembershipRole
{
    [Description("Medlem. / Member.")]
    Member,
    [Description("Leder nätverket. / Leads the network.")]
    Lead,
    [Description("Värd. / Host.")]
    Host,
    [Description("Samordnare. / Coordinator.")]
    Coordinator,
    /// <summary>Takes part by contributing data.</summary>
    [Description("Bidrar med data. / Contributes data.")]
    DataContributor,
}

/// <summary>A meeting of a network (a Leadership Exchange, a seminar, a webcast).</summary>
public class NetworkEvent : IHasSources
{
    public required string Id { get; set; }
    public string NetworkId { get; set; } = "";
    public EventKind Kind { get; set; }
    public required string NameSv { get; set; }
    public string? NameEn { get; set; }
    /// <summary>ISO 8601 with the precision the source gives: "2018", "2019-09", "2022-02-28", or "--08-24" when the year is not stated.</summary>
    public string? StartDate { get; set; }
    public string? EndDate { get; set; }
    public int? Year { get; set; }
    public string? PlaceSv { get; set; }
    public string? PlaceEn { get; set; }
    /// <summary>The country or municipality where the event took place.</summary>
    public string? AreaCode { get; set; }
    public Area? Area { get; set; }
    public string? ThemeSv { get; set; }
    public string? ThemeEn { get; set; }
    public string? DescriptionSv { get; set; }
    public string? DescriptionEn { get; set; }
    public List<Organisation> Hosts { get; set; } = [];
    /// <summary>The programme, as the invitation states it, in its order.</summary>
    public List<EventSession> Programme { get; set; } = [];
    public List<Source> Sources { get; set; } = [];
}

/// <summary>
/// One item of an event's programme: its start time and its title in the language the invitation wrote it in (a programme is
/// not translated), and the organisations presenting it. Speakers are recorded by organisation and role, never by name.
/// </summary>
public class EventSession
{
    public int Id { get; set; }
    public int Position { get; set; }
    /// <summary>Local time the session starts, HH:mm.</summary>
    public required string StartTime { get; set; }
    public required string Title { get; set; }
    /// <summary>The language of the title: sv or en.</summary>
    public required string Language { get; set; }
    public List<SessionPresenter> Presenters { get; set; } = [];
}

/// <summary>An organisation presenting a session, with the role of its speaker where the programme gives one.</summary>
public class SessionPresenter
{
    public int Id { get; set; }
    public int Position { get; set; }
    public required string OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    /// <summary>The speaker's role as the programme states it ("Chairman of the IIMHL"), in the session's language.</summary>
    public string? Role { get; set; }
}

[Description("Typ av möte. / Kind of event.")]
public enum EventKind
{
    [Description("IIMHL:s veckolånga lärandemöte. / IIMHL's week-long learning exchange.")]
    LeadershipExchange,
    [Description("Möte eller seminarium. / Meeting or seminar.")]
    Meeting,
    [Description("Webbsändning. / Webcast.")]
    Webcast,
}
