using System.Linq.Expressions;
using OpenData.Api.Common;
using OpenData.Api.Infrastructure;
using OpenData.Api.Organisations;
using OpenData.Api.Querying;

namespace OpenData.Api.Networks;

/// <summary>What networks, their members and their events can be filtered and sorted by, and how they are projected.</summary>
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

    public static Expression<Func<Network, NetworkResponse>> ToResponse(Language language)
    {
        var en = language == Language.En;
        return n => new NetworkResponse(
            n.Id,
            n.Kind,
            en && n.NameEn != null ? n.NameEn : n.NameSv,
            n.ShortName,
            en && n.DescriptionEn != null ? n.DescriptionEn : n.DescriptionSv,
            n.Parent == null ? null : new NetworkRef(n.Parent.Id, en && n.Parent.NameEn != null ? n.Parent.NameEn : n.Parent.NameSv),
            n.Children.OrderBy(c => c.Id).Select(c => new NetworkRef(c.Id, en && c.NameEn != null ? c.NameEn : c.NameSv)).ToList(),
            en && n.MeetingCadenceEn != null ? n.MeetingCadenceEn : n.MeetingCadenceSv,
            n.StatedMemberCount,
            n.Memberships.Count,
            n.Events.Count,
            n.FocusAreas.OrderBy(f => f.Position).Select(f => en && f.TextEn != null ? f.TextEn : f.TextSv).ToList(),
            n.Sources.OrderBy(s => s.Id).Select(s => new SourceRef(s.Id, s.Title, s.Url)).ToList(),
            n.UpdatedAt);
    }

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

    public static Expression<Func<Membership, MemberResponse>> ToMemberResponse(Language language)
    {
        var en = language == Language.En;
        return m => new MemberResponse(
            new OrganisationRef(m.Organisation!.Id, en && m.Organisation.NameEn != null ? m.Organisation.NameEn : m.Organisation.NameSv),
            m.Organisation.Kind,
            m.Organisation.CountryCode,
            m.Role, m.SinceYear, m.UntilYear,
            en && m.NoteEn != null ? m.NoteEn : m.NoteSv,
            m.Sources.OrderBy(s => s.Id).Select(s => new SourceRef(s.Id, s.Title, s.Url)).ToList());
    }

    public static readonly QueryDefinition<NetworkEvent> EventsDefinition = new QueryDefinition<NetworkEvent>("network-events", (Expression<Func<NetworkEvent, string>>)(e => e.Id))
        .Filter("kind", e => e.Kind, "Typ av möte. / Kind of event.", "leadership-exchange")
        .Filter("year", e => e.Year, "År. / Year.", "2018", ("yearFrom", "yearTo"))
        .Filter("area", e => e.AreaCode, "Kod för land eller kommun där mötet hölls. / Code of the country or municipality where it took place.", "NZ")
        .Relation<string>("host", ids => e => e.Hosts.Any(h => ids.Contains(h.Id)), "Id för en värdorganisation. / Id of a host organisation.", "skr")
        .Sort("startDate", e => e.StartDate, "Startdatum (ISO 8601). / Start date (ISO 8601).")
        .Sort("year", e => e.Year, "År. / Year.")
        .Sort("name", e => e.NameSv, "Svenskt namn. / Swedish name.")
        .SortByDefault(new SortKey("startDate", false));

    public static Expression<Func<NetworkEvent, EventResponse>> ToEventResponse(Language language)
    {
        var en = language == Language.En;
        return e => new EventResponse(
            e.Id, e.Kind,
            en && e.NameEn != null ? e.NameEn : e.NameSv,
            e.StartDate, e.EndDate, e.Year,
            en && e.PlaceEn != null ? e.PlaceEn : e.PlaceSv,
            e.Area == null ? null : new AreaRef(e.Area.Code, en && e.Area.NameEn != null ? e.Area.NameEn : e.Area.NameSv),
            en && e.ThemeEn != null ? e.ThemeEn : e.ThemeSv,
            en && e.DescriptionEn != null ? e.DescriptionEn : e.DescriptionSv,
            e.Hosts.OrderBy(h => h.Id).Select(h => new OrganisationRef(h.Id, en && h.NameEn != null ? h.NameEn : h.NameSv)).ToList(),
            e.Sources.OrderBy(s => s.Id).Select(s => new SourceRef(s.Id, s.Title, s.Url)).ToList());
    }
}
