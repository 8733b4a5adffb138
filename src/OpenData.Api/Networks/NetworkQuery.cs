using System.Linq.Expressions;
using LinqKit;
using OpenData.Api.Areas;
using OpenData.Api.Networks;
using OpenData.Api.Organisations;
using OpenData.Api.Querying;
using OpenData.Api.Sources;

namespace OpenData.Api.Networks;

/// <summary>What networks, their members, their events and an organisation's networks can be filtered and sorted by, and how they are projected.</summary>
public static class NetworkQuery
{
    public static readonly QueryDefinition<Network> Definition = new QueryDefinition<Network>("networks", (Expression<Func<Network, string>>)(n => n.Id))
        .Filter("kind", n => n.Kind, "Typ av nätverk. / Kind of network.", "working-group")
        .Filter("parent", n => n.ParentId, "Id för nätverket detta ingår i. / Id of the network this one is part of.", "iimhl")
        .Relation<string>("member", ids => n => n.Memberships.Any(m => ids.Contains(m.OrganisationId)),
            "Id för en organisation som deltar. / Id of an organisation that takes part.", "uppdrag-psykisk-halsa")
        .Relation<MembershipRole>("memberRole", roles => n => n.Memberships.Any(m => roles.Contains(m.Role)),
            "En roll som någon medlem har. / A role some member has.", "lead")
        .Relation<string>("memberCountry", countries => n => n.Memberships.Any(m => m.Organisation!.CountryCode != null && countries.Contains(m.Organisation.CountryCode)),
            "Land där någon medlem finns. / Country of some member.", "GB")
        .Search(n => n.SearchText)
        .ChangedSince(n => n.UpdatedAt)
        .Sort("name", n => n.NameSv, "Svenskt namn. / Swedish name.")
        .Sort("kind", n => n.Kind, "Typ. / Kind.")
        .Sort("id", n => n.Id, "Id. / Id.")
        .Sort("updatedAt", n => n.UpdatedAt, "Senast ändrad. / Last changed.")
        .SortByDefault(new SortKey("name", false));

    public static readonly Projection<Network, NetworkResponse> ToResponse = new((n, language) => new NetworkResponse(
            n.Id,
            n.Kind,
            Localized.Text.Invoke(n.NameSv, n.NameEn, language),
            n.ShortName,
            Localized.OptionalText.Invoke(n.DescriptionSv, n.DescriptionEn, language),
            n.Parent == null ? null : NetworkRef.From.Invoke(n.Parent, language),
            n.Children.OrderBy(c => c.Id).Select(c => NetworkRef.From.Invoke(c, language)).ToList(),
            Localized.OptionalText.Invoke(n.MeetingCadenceSv, n.MeetingCadenceEn, language),
            n.StatedMemberCount,
            n.Memberships.Count,
            n.Events.Count,
            n.FocusAreas.OrderBy(f => f.Position).Select(f => Localized.Text.Invoke(f.TextSv, f.TextEn, language)).ToList(),
            n.Sources.OrderBy(s => s.Id).Select(s => SourceRef.From.Invoke(s)).ToList(),
            n.UpdatedAt));

    public static readonly QueryDefinition<Membership> MembersDefinition = new QueryDefinition<Membership>("network-members", (Expression<Func<Membership, int>>)(m => m.Id))
        .Filter("role", m => m.Role, "Medlemmens roll. / The member's role.", "member")
        .Relation<OrganisationKind>("organisationKind", kinds => m => kinds.Contains(m.Organisation!.Kind), "Typ av organisation. / Kind of organisation.", "municipality")
        .Relation<string>("country", countries => m => m.Organisation!.CountryCode != null && countries.Contains(m.Organisation.CountryCode),
            "Organisationens land. / The organisation's country.", "US")
        .Filter("sinceYear", m => m.SinceYear, "Året medlemskapet började. / Year the membership began.", "2013", ("sinceYearFrom", "sinceYearTo"))
        .Search(m => m.Organisation!.SearchText)
        .Sort("name", m => m.Organisation!.NameSv, "Organisationens svenska namn. / The organisation's Swedish name.")
        .Sort("role", m => m.Role, "Roll. / Role.")
        .Sort("sinceYear", m => m.SinceYear, "Startår. / Year the membership began.")
        .SortByDefault(new SortKey("role", false), new SortKey("name", false));

    public static readonly Projection<Membership, MemberResponse> ToMemberResponse = new((m, language) => new MemberResponse(
            OrganisationRef.From.Invoke(m.Organisation!, language),
            m.Organisation!.Kind,
            m.Organisation!.CountryCode,
            m.Role, m.SinceYear, m.UntilYear,
            Localized.OptionalText.Invoke(m.NoteSv, m.NoteEn, language),
            m.Sources.OrderBy(s => s.Id).Select(s => SourceRef.From.Invoke(s)).ToList()));

    public static readonly QueryDefinition<NetworkEvent> EventsDefinition = new QueryDefinition<NetworkEvent>("network-events", (Expression<Func<NetworkEvent, string>>)(e => e.Id))
        .Filter("kind", e => e.Kind, "Typ av möte. / Kind of event.", "leadership-exchange")
        .Filter("year", e => e.Year, "År. / Year.", "2018", ("yearFrom", "yearTo"))
        .Filter("area", e => e.AreaCode, "Kod för land eller kommun där mötet hölls. / Code of the country or municipality where it took place.", "NZ")
        .Relation<string>("host", ids => e => e.Hosts.Any(h => ids.Contains(h.Id)), "Id för en värdorganisation. / Id of a host organisation.", "skr")
        .Sort("startDate", e => e.StartDate, "Startdatum (ISO 8601). / Start date (ISO 8601).")
        .Sort("year", e => e.Year, "År. / Year.")
        .Sort("name", e => e.NameSv, "Svenskt namn. / Swedish name.")
        .SortByDefault(new SortKey("startDate", false));

    public static readonly Projection<NetworkEvent, EventResponse> ToEventResponse = new((e, language) => new EventResponse(
            e.Id, e.Kind,
            Localized.Text.Invoke(e.NameSv, e.NameEn, language),
            e.StartDate, e.EndDate, e.Year,
            Localized.OptionalText.Invoke(e.PlaceSv, e.PlaceEn, language),
            e.Area == null ? null : AreaRef.From.Invoke(e.Area, language),
            Localized.OptionalText.Invoke(e.ThemeSv, e.ThemeEn, language),
            Localized.OptionalText.Invoke(e.DescriptionSv, e.DescriptionEn, language),
            e.Hosts.OrderBy(h => h.Id).Select(h => OrganisationRef.From.Invoke(h, language)).ToList(),
            e.Programme.OrderBy(s => s.Position).Select(s => new EventSessionResponse(s.StartTime, s.Title, s.Language,
                s.Presenters.OrderBy(p => p.Position).Select(p => new SessionPresenterResponse(OrganisationRef.From.Invoke(p.Organisation!, language), p.Role)).ToList())).ToList(),
            e.Sources.OrderBy(s => s.Id).Select(s => SourceRef.From.Invoke(s)).ToList()));

    /// <summary>An organisation's memberships, seen from the organisation.</summary>
    public static readonly QueryDefinition<Membership> OfOrganisationDefinition = new QueryDefinition<Membership>("organisation-networks", (Expression<Func<Membership, int>>)(m => m.Id))
        .Filter("role", m => m.Role, "Organisationens roll i nätverket. / The organisation's role in the network.", "member")
        .Relation<NetworkKind>("networkKind", kinds => m => kinds.Contains(m.Network!.Kind), "Typ av nätverk. / Kind of network.", "working-group")
        .Filter("sinceYear", m => m.SinceYear, "Året deltagandet började. / Year the part began.", "2013", ("sinceYearFrom", "sinceYearTo"))
        .Sort("network", m => m.Network!.NameSv, "Nätverkets svenska namn. / The network's Swedish name.")
        .Sort("role", m => m.Role, "Roll. / Role.")
        .Sort("sinceYear", m => m.SinceYear, "Startår. / Year the part began.")
        .SortByDefault(new SortKey("network", false));

    public static readonly Projection<Membership, OrganisationNetworkResponse> ToOrganisationNetworkResponse = new((m, language) => new OrganisationNetworkResponse(
            NetworkRef.From.Invoke(m.Network!, language),
            m.Role, m.SinceYear, m.UntilYear,
            Localized.OptionalText.Invoke(m.NoteSv, m.NoteEn, language),
            m.Sources.OrderBy(s => s.Id).Select(s => SourceRef.From.Invoke(s)).ToList()));
}

/// <summary>The organisations' filter by network: organisations that take part in one of the networks.</summary>
public sealed class OrganisationsByNetwork : IRelationFilters<Organisation>
{
    public void AddTo(QueryDefinition<Organisation> definition) =>
        definition.Relation<string>("network", (db, ids) => o => db.Set<Membership>().Any(m => m.OrganisationId == o.Id && ids.Contains(m.NetworkId)),
            "Id för ett nätverk organisationen deltar i. / Id of a network the organisation takes part in.", "iimhl");
}
