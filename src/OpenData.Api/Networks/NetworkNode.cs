using System.Linq.Expressions;
using OpenData.Api.GraphQL;

namespace OpenData.Api.Networks;

/// <summary>A network as GraphQL reads it: the columns its fields need, keys for its relations, texts in both languages.</summary>
public sealed record NetworkNode(string Id, NetworkKind Kind, BilingualText Name, string? ShortName, BilingualText Description, string? ParentId,
    BilingualText MeetingCadence, int? StatedMemberCount, List<BilingualText> FocusAreas, DateTime UpdatedAt)
{
    public static readonly Expression<Func<Network, NetworkNode>> From = n => new NetworkNode(
        n.Id, n.Kind, new BilingualText(n.NameSv, n.NameEn), n.ShortName, new BilingualText(n.DescriptionSv, n.DescriptionEn), n.ParentId,
        new BilingualText(n.MeetingCadenceSv, n.MeetingCadenceEn), n.StatedMemberCount,
        n.FocusAreas.OrderBy(f => f.Position).Select(f => new BilingualText(f.TextSv, f.TextEn)).ToList(),
        n.UpdatedAt);

    /// <summary>
    /// The projection for a selection: each part is read only when a field that reads it is selected. The id is always read;
    /// children, members, events and sources are loaded by it.
    /// </summary>
    public static readonly NodeProjection<Network, NetworkNode> ForSelection = new(From, new Dictionary<string, string[]>
    {
        [nameof(Kind)] = ["kind"],
        [nameof(Name)] = ["name"],
        [nameof(ShortName)] = ["shortName"],
        [nameof(Description)] = ["description"],
        [nameof(ParentId)] = ["parent"],
        [nameof(MeetingCadence)] = ["meetingCadence"],
        [nameof(StatedMemberCount)] = ["statedMemberCount"],
        [nameof(FocusAreas)] = ["focusAreas"],
        [nameof(UpdatedAt)] = ["updatedAt"],
    });
}

/// <summary>An organisation's part in a network, with the keys of both.</summary>
public sealed record MembershipNode(int Id, string NetworkId, string OrganisationId, MembershipRole Role, int? SinceYear, int? UntilYear, BilingualText Note)
{
    public static readonly Expression<Func<Membership, MembershipNode>> From = m => new MembershipNode(
        m.Id, m.NetworkId, m.OrganisationId, m.Role, m.SinceYear, m.UntilYear, new BilingualText(m.NoteSv, m.NoteEn));
}

public sealed record NetworkEventNode(string Id, string NetworkId, EventKind Kind, BilingualText Name, string? StartDate, string? EndDate, int? Year,
    BilingualText Place, string? AreaCode, BilingualText Theme, BilingualText Description)
{
    public static readonly Expression<Func<NetworkEvent, NetworkEventNode>> From = e => new NetworkEventNode(
        e.Id, e.NetworkId, e.Kind, new BilingualText(e.NameSv, e.NameEn), e.StartDate, e.EndDate, e.Year,
        new BilingualText(e.PlaceSv, e.PlaceEn), e.AreaCode, new BilingualText(e.ThemeSv, e.ThemeEn), new BilingualText(e.DescriptionSv, e.DescriptionEn));
}

/// <summary>A session of an event's programme, with its presenters: the programme is read whole, so presenters come with it.</summary>
public sealed record EventSessionNode(string StartTime, string Title, string Language, List<SessionPresenterNode> Presenters)
{
    public static readonly Expression<Func<EventSession, EventSessionNode>> From = s => new EventSessionNode(
        s.StartTime, s.Title, s.Language,
        s.Presenters.OrderBy(p => p.Position).Select(p => new SessionPresenterNode(p.OrganisationId, p.Role)).ToList());
}

public sealed record SessionPresenterNode(string OrganisationId, string? Role);
