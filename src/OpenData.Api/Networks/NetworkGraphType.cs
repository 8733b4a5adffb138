using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using OpenData.Api.Areas;
using OpenData.Api.GraphQL;
using OpenData.Api.Infrastructure;
using OpenData.Api.Organisations;
using OpenData.Api.Sources;

namespace OpenData.Api.Networks;

public sealed class NetworkGraphType : ObjectGraphType<NetworkNode>
{
    public NetworkGraphType(IOptions<PagingLimits> limits)
    {
        Name = "Network";
        Description = "Ett nätverk, samarbete eller en arbetsgrupp. / A network, collaboration or working group.";
        this.IsNode(n => n.Id);
        Field("slug", n => n.Id).Description("Nätverkets id, samma som i REST. / The network's plain id, as in REST.");
        Field<NonNullGraphType<OpenDataEnumType<NetworkKind>>>("kind").Description("Typ av nätverk. / Kind of network.").Resolve(c => c.Source.Kind);
        this.Localized("name", n => n.Name, "Namn. / Name.", nullable: false);
        Field(n => n.ShortName, nullable: true).Description("Förkortning (IIMHL). / Abbreviation (IIMHL).");
        this.Localized("description", n => n.Description, "Vad källorna säger om nätverket. / What the sources say about it.");
        Field<NetworkGraphType>("parent").Description("Nätverket detta ingår i. / The network this one is part of.").Resolve(c => c.Loader<NetworkByIdLoader>().LoadSelected(c, c.Source.ParentId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkGraphType>>>>("children").Description("Arbetsgrupper och delnätverk. / Working groups and sub-networks.")
            .Resolve(c => c.Loader<NetworkChildrenLoader>().LoadSelected(c, c.Source.Id));
        this.Localized("meetingCadence", n => n.MeetingCadence, "Hur ofta nätverket möts, med källans ord. / How often it meets, in the source's words.");
        Field(n => n.StatedMemberCount, nullable: true).Description("Antal medlemmar som en källa anger där inte alla namnges. / Member count a source states where not all are named.");
        this.LocalizedList("focusAreas", (n, language) => n.FocusAreas.Select(f => f.In(language)!), "Vad nätverket arbetar med. / What it works on.");
        Field<NonNullGraphType<MembershipConnectionType>>("members").Description("Medlemmarna med roll och år. / The members with their roles and years.")
            .ConnectionArguments<NetworkNode, MembershipWhereInput, MembershipOrderInput>(PageSizes.Records(limits.Value), changeFeed: false)
            .Resolve(c => c.Loader<NetworkMembersLoader>().Load(c, c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkEventGraphType>>>>("events").Description("Nätverkets möten. / The network's events.")
            .Resolve(c => c.Loader<EventsOfNetworkLoader>().Load(c.Source.Id));
        this.SourcesField<NetworkNode, string, SourcesOfNetworkLoader>(n => n.Id);
        Field(n => n.UpdatedAt).Description("När posten senast ändrades. / When the record last changed.");
    }
}

public sealed class MembershipGraphType : ObjectGraphType<MembershipNode>
{
    public MembershipGraphType()
    {
        Name = "Membership";
        Description = "En organisations deltagande i ett nätverk. / An organisation's part in a network.";
        this.IsNode(m => m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<NetworkGraphType>>("network").Description("Nätverket. / The network.").Resolve(c => c.Loader<NetworkByIdLoader>().LoadSelected(c, c.Source.NetworkId));
        Field<NonNullGraphType<OrganisationGraphType>>("organisation").Description("Organisationen. / The organisation.").Resolve(c => c.Loader<OrganisationByIdLoader>().Load(c, c.Source.OrganisationId));
        Field<NonNullGraphType<OpenDataEnumType<MembershipRole>>>("role").Description("Rollen. / The role.").Resolve(c => c.Source.Role);
        Field(m => m.SinceYear, nullable: true).Description("Året det började. / Year it began.");
        Field(m => m.UntilYear, nullable: true).Description("Året det slutade. / Year it ended.");
        this.Localized("note", m => m.Note, "Vad källan säger om deltagandet. / What the source says about it.");
        this.SourcesField<MembershipNode, int, SourcesOfMembershipLoader>(m => m.Id, "Dokumenten som anger det. / The documents that state it.");
    }
}

public sealed class NetworkEventGraphType : ObjectGraphType<NetworkEventNode>
{
    /// <summary>What a programme is priced at: about the sessions of a day.</summary>
    public const int ProgrammeSessions = 12;

    public NetworkEventGraphType()
    {
        Name = "NetworkEvent";
        Description = "Ett möte i ett nätverk. / A meeting of a network.";
        this.IsNode(e => e.Id);
        Field("slug", e => e.Id).Description("Mötets id. / The event's plain id.");
        Field<NonNullGraphType<NetworkGraphType>>("network").Description("Nätverket. / The network.").Resolve(c => c.Loader<NetworkByIdLoader>().LoadSelected(c, c.Source.NetworkId));
        Field<NonNullGraphType<OpenDataEnumType<EventKind>>>("kind").Description("Typ av möte. / Kind of event.").Resolve(c => c.Source.Kind);
        this.Localized("name", e => e.Name, "Namn. / Name.", nullable: false);
        Field(e => e.StartDate, nullable: true).Description("Startdatum (ISO 8601 med källans precision; --08-24 när året saknas). / Start date (ISO 8601 as precise as the source; --08-24 when the year is not stated).");
        Field(e => e.EndDate, nullable: true).Description("Slutdatum. / End date.");
        Field(e => e.Year, nullable: true).Description("År. / Year.");
        this.Localized("place", e => e.Place, "Plats. / Place.");
        Field<AreaGraphType>("area").Description("Landet eller kommunen där mötet hölls. / Country or municipality of the place.").Resolve(c => c.Loader<AreaByCodeLoader>().Load(c, c.Source.AreaCode));
        this.Localized("theme", e => e.Theme, "Tema. / Theme.");
        this.Localized("description", e => e.Description, "Vad källan säger om mötet. / What the source says about it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationGraphType>>>>("hosts").Description("Värdorganisationerna. / The host organisations.")
            .Resolve(c => c.Loader<HostsOfNetworkEventLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventSessionGraphType>>>>("programme")
            .Description("Programmet som källan anger det, i ordning; tomt där den inte anger något. / The programme as the source states it, in order; empty where it gives none.")
            // A day's programme, not a page of records: priced as the dozen sessions it has, not as a default-sized list.
            .WithComplexityImpact(1, ProgrammeSessions)
            .Resolve(c => c.Loader<ProgrammeOfNetworkEventLoader>().Load(c.Source.Id));
        this.SourcesField<NetworkEventNode, string, SourcesOfNetworkEventLoader>(e => e.Id, "Dokumenten som anger det. / The documents that state it.");
    }
}

public sealed class EventSessionGraphType : ObjectGraphType<EventSessionNode>
{
    public EventSessionGraphType()
    {
        Name = "EventSession";
        Description = "En punkt i ett mötes program. / One item of an event's programme.";
        Field(s => s.StartTime).Description("Lokal starttid, HH:mm. / Local time it starts, HH:mm.");
        Field(s => s.Title).Description("Titeln som programmet skriver den, på något av språken: ett program översätts inte. / The title as the programme writes it, in either language: a programme is not translated.");
        Field(s => s.Language).Description("Titelns språk: sv eller en. / The language of the title: sv or en.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SessionPresenterGraphType>>>>("presenters")
            .Description("Organisationerna som presenterar punkten; talare anges med roll, aldrig namn. / The organisations presenting it; speakers are given by role, never by name.")
            // One or two organisations a session, already read with it.
            .WithComplexityImpact(1, 2)
            .Resolve(c => c.Source.Presenters);
    }
}

public sealed class SessionPresenterGraphType : ObjectGraphType<SessionPresenterNode>
{
    public SessionPresenterGraphType()
    {
        Name = "SessionPresenter";
        Description = "En organisation som presenterar en programpunkt. / An organisation presenting a session.";
        Field<NonNullGraphType<OrganisationGraphType>>("organisation").Description("Organisationen. / The organisation.")
            .Resolve(c => c.Loader<OrganisationByIdLoader>().Load(c, c.Source.OrganisationId));
        Field(p => p.Role, nullable: true).Description("Talarens roll som programmet anger den, på punktens språk. / The speaker's role as the programme states it, in the session's language.");
    }
}

public sealed class MembershipConnectionType : ConnectionType<MembershipGraphType, MembershipNode>;

public sealed class NetworkWhereInput() : WhereInputType<Network>("Network", NetworkQuery.Definition);

public sealed class NetworkOrderInput() : OrderInputType<Network>("Network", NetworkQuery.Definition);

public sealed class MembershipWhereInput() : WhereInputType<Membership>("Membership", NetworkQuery.MembersDefinition);

public sealed class MembershipOrderInput() : OrderInputType<Membership>("Membership", NetworkQuery.MembersDefinition);

/// <summary>An organisation's networks, as fields of the organisation.</summary>
public sealed class NetworkFieldsOfOrganisation : IRelationFields<OrganisationGraphType>
{
    public void AddTo(OrganisationGraphType type)
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MembershipGraphType>>>>("memberships").Description("Organisationens deltagande i nätverk. / The organisation's parts in networks.")
            .Resolve(c => c.Loader<MembershipsOfOrganisationLoader>().Load(c.Source.Id));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkGraphType>>>>("networks").Description("Nätverk organisationen deltar i. / Networks the organisation takes part in.")
            .Resolve(c => c.Loader<NetworksOfOrganisationLoader>().Load(c.Source.Id));
    }
}
