using OpenData.Api.Areas;
using OpenData.Api.Networks;
using OpenData.Api.Organisations;
using OpenData.Api.Sources;

namespace OpenData.Api.Networks;

/// <summary>Ett nätverk, samarbete eller en arbetsgrupp. / A network, collaboration or working group.</summary>
/// <param name="Id">Stable, human-readable id.</param>
/// <param name="Kind">What kind of network it is.</param>
/// <param name="Name">Name in the requested language.</param>
/// <param name="ShortName">Abbreviation ("IIMHL").</param>
/// <param name="Description">What the sources say about it.</param>
/// <param name="Parent">The network it is part of.</param>
/// <param name="Children">Its working groups and sub-networks.</param>
/// <param name="MeetingCadence">How often it meets, as the source words it.</param>
/// <param name="StatedMemberCount">The number of members a source states, where not every member is named.</param>
/// <param name="MemberCount">The number of members this API names (see /members).</param>
/// <param name="EventCount">The number of its events this API names (see /events).</param>
/// <param name="FocusAreas">What it works on.</param>
/// <param name="Sources">The documents that state these facts.</param>
/// <param name="UpdatedAt">When the record last changed (RFC 3339, UTC).</param>
public sealed record NetworkResponse(
    string Id,
    NetworkKind Kind,
    string Name,
    string? ShortName,
    string? Description,
    NetworkRef? Parent,
    IReadOnlyList<NetworkRef> Children,
    string? MeetingCadence,
    int? StatedMemberCount,
    int MemberCount,
    int EventCount,
    IReadOnlyList<string> FocusAreas,
    IReadOnlyList<SourceRef> Sources,
    DateTime UpdatedAt);

/// <summary>En medlem i ett nätverk. / A member of a network.</summary>
/// <param name="Organisation">The member organisation.</param>
/// <param name="OrganisationKind">What kind of organisation it is.</param>
/// <param name="Country">The organisation's country (ISO 3166-1 alpha-2).</param>
/// <param name="Role">Member, lead, host, coordinator or data contributor.</param>
/// <param name="SinceYear">The year it joined, where stated.</param>
/// <param name="UntilYear">The year it left, where stated.</param>
/// <param name="Note">What the source says about the membership.</param>
/// <param name="Sources">The documents that state it.</param>
public sealed record MemberResponse(
    OrganisationRef Organisation, Organisations.OrganisationKind OrganisationKind, string? Country, MembershipRole Role,
    int? SinceYear, int? UntilYear, string? Note, IReadOnlyList<SourceRef> Sources);

/// <summary>Ett möte i ett nätverk. / A meeting of a network.</summary>
/// <param name="Id">Stable id of the event.</param>
/// <param name="Kind">Leadership exchange, meeting or webcast.</param>
/// <param name="Name">Name in the requested language.</param>
/// <param name="StartDate">ISO 8601 with the precision the source gives: "2018", "2019-09", "2022-02-28", or "--08-24" when the year is not stated.</param>
/// <param name="EndDate">Last day, where stated.</param>
/// <param name="Year">The year, where stated.</param>
/// <param name="Place">Where it took place.</param>
/// <param name="Area">The country or municipality of the place.</param>
/// <param name="Theme">Its theme.</param>
/// <param name="Description">What the source says about it.</param>
/// <param name="Hosts">The organisations that hosted it.</param>
/// <param name="Programme">Its programme as the source states it, in order; empty where the source gives none.</param>
/// <param name="Sources">The documents that state it.</param>
public sealed record EventResponse(
    string Id, EventKind Kind, string Name, string? StartDate, string? EndDate, int? Year, string? Place, AreaRef? Area,
    string? Theme, string? Description, IReadOnlyList<OrganisationRef> Hosts, IReadOnlyList<EventSessionResponse> Programme,
    IReadOnlyList<SourceRef> Sources);

/// <summary>En punkt i ett mötes program. / One item of an event's programme.</summary>
/// <param name="StartTime">Local time it starts, HH:mm.</param>
/// <param name="Title">Its title as the programme writes it, in either language: a programme is not translated.</param>
/// <param name="Language">The language of the title: sv or en.</param>
/// <param name="Presenters">The organisations presenting it; speakers are given by role, never by name.</param>
public sealed record EventSessionResponse(string StartTime, string Title, string Language, IReadOnlyList<SessionPresenterResponse> Presenters);

/// <summary>En organisation som presenterar en programpunkt. / An organisation presenting a session.</summary>
/// <param name="Organisation">The organisation.</param>
/// <param name="Role">The speaker's role as the programme states it, in the session's language; null where it gives none.</param>
public sealed record SessionPresenterResponse(OrganisationRef Organisation, string? Role);

/// <summary>En organisations deltagande i ett nätverk. / An organisation's part in a network.</summary>
/// <param name="Network">The network.</param>
/// <param name="Role">The organisation's role in it.</param>
/// <param name="SinceYear">The year the part began, where stated.</param>
/// <param name="UntilYear">The year it ended, where stated.</param>
/// <param name="Note">What the source says about the part.</param>
/// <param name="Sources">The documents that state it.</param>
public sealed record OrganisationNetworkResponse(
    NetworkRef Network, MembershipRole Role, int? SinceYear, int? UntilYear, string? Note, IReadOnlyList<SourceRef> Sources);
