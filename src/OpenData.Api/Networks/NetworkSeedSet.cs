using Microsoft.EntityFrameworkCore;
using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.Data.Seeding;
using OpenData.Api.Organisations;
using OpenData.Api.Sources;

namespace OpenData.Api.Networks;

/// <summary>The networks of networks.json with their focus areas, members and events.</summary>
internal sealed class NetworkSeedSet(OpenDataDbContext db) : SeedSet<NetworkSeed, Network>(db)
{
    public override string ResourceType => "networks";

    public override IReadOnlyList<Type> References => [typeof(Source), typeof(Area), typeof(Organisation)];

    protected override IReadOnlyList<NetworkSeed> ReadSeeds(SeedRun run) => run.ReadJson<NetworkSeed>("networks.json");

    protected override string IdOf(NetworkSeed seed) => seed.Id;

    protected override string IdOf(Network record) => record.Id;

    protected override IQueryable<Network> Existing() =>
        Db.Networks.Include(n => n.Sources)
            .Include(n => n.Memberships).ThenInclude(m => m.Sources)
            .Include(n => n.Events).ThenInclude(e => e.Sources)
            .Include(n => n.Events).ThenInclude(e => e.Hosts)
            .Include(n => n.Events).ThenInclude(e => e.Programme).ThenInclude(s => s.Presenters).AsSplitQuery();

    protected override Network Create(NetworkSeed seed, SeedRun run)
    {
        var context = $"network '{seed.Id}'";
        return new Network
        {
            Id = seed.Id,
            Kind = seed.Kind,
            NameSv = seed.NameSv,
            NameEn = seed.NameEn,
            ShortName = seed.ShortName,
            DescriptionSv = seed.DescriptionSv,
            DescriptionEn = seed.DescriptionEn,
            ParentId = seed.Parent,
            MeetingCadenceSv = seed.MeetingCadenceSv,
            MeetingCadenceEn = seed.MeetingCadenceEn,
            StatedMemberCount = seed.StatedMemberCount,
            FocusAreas = [.. (seed.FocusAreas ?? []).Select((f, i) => new FocusArea { Position = i + 1, TextSv = f.Sv, TextEn = f.En })],
            Memberships = [.. (seed.Members ?? []).Select(m => new Membership
            {
                OrganisationId = run.ResolveOptional<Organisation>(m.Organisation, context)?.Id!,
                Role = m.Role,
                SinceYear = m.SinceYear,
                UntilYear = m.UntilYear,
                NoteSv = m.NoteSv,
                NoteEn = m.NoteEn,
                Sources = run.SourcesOf(m.Sources, $"{context}, member '{m.Organisation}'"),
            })],
            Events = [.. (seed.Events ?? []).Select(e => CreateEvent(seed, e, $"{context}, event '{e.Id}'", run))],
            Sources = run.SourcesOf(seed.Sources, context),
        };
    }

    private static NetworkEvent CreateEvent(NetworkSeed network, EventSeed seed, string context, SeedRun run) => new()
    {
        Id = seed.Id,
        NetworkId = network.Id,
        Kind = seed.Kind,
        NameSv = seed.NameSv,
        NameEn = seed.NameEn,
        StartDate = seed.StartDate,
        EndDate = seed.EndDate,
        Year = seed.Year,
        PlaceSv = seed.PlaceSv,
        PlaceEn = seed.PlaceEn,
        AreaCode = run.ResolveOptional<Area>(seed.Area, context)?.Code,
        ThemeSv = seed.ThemeSv,
        ThemeEn = seed.ThemeEn,
        DescriptionSv = seed.DescriptionSv,
        DescriptionEn = seed.DescriptionEn,
        Hosts = [.. (seed.Hosts ?? []).Select(h => run.Resolve<Organisation>(h, context))],
        Programme = [.. (seed.Programme ?? []).Select((session, i) => new EventSession
        {
            Position = i + 1,
            StartTime = TimeOf(session.StartTime, $"{context}, session {i + 1}"),
            Title = session.Title,
            Language = LanguageOf(session.Language, $"{context}, session {i + 1}"),
            Presenters = [.. (session.Presenters ?? []).Select((presenter, j) => new SessionPresenter
            {
                Position = j + 1,
                OrganisationId = run.Resolve<Organisation>(presenter.Organisation, $"{context}, session {i + 1}").Id,
                Role = presenter.Role,
            })],
        })],
        Sources = run.SourcesOf(seed.Sources, context),
    };

    private static string TimeOf(string time, string context) =>
        TimeOnly.TryParseExact(time, "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
            ? time
            : throw new SeedDataException($"{context}: '{time}' is not a time of day as HH:mm.");

    private static string LanguageOf(string language, string context) =>
        language is "sv" or "en" ? language : throw new SeedDataException($"{context}: the language '{language}' is neither sv nor en.");

    protected override void Update(Network existing, Network incoming)
    {
        CopyScalars(existing, incoming);
        Replace(existing.FocusAreas, incoming.FocusAreas);
        Replace(existing.Memberships, incoming.Memberships);
        SyncChildren(existing.Events, incoming.Events, e => e.Id, (e, i) =>
        {
            Replace(e.Hosts, i.Hosts);
            Replace(e.Programme, i.Programme);
            Replace(e.Sources, i.Sources);
        });
        Replace(existing.Sources, incoming.Sources);
    }
}

internal sealed record NetworkSeed(
    string Id, NetworkKind Kind, string NameSv, string? NameEn, string? ShortName, string? DescriptionSv,
    string? DescriptionEn, string? Parent, string? MeetingCadenceSv, string? MeetingCadenceEn, int? StatedMemberCount,
    List<TextSeed>? FocusAreas, List<MembershipSeed>? Members, List<EventSeed>? Events, List<string> Sources);

internal sealed record MembershipSeed(
    string Organisation, MembershipRole Role, int? SinceYear, int? UntilYear, string? NoteSv, string? NoteEn,
    List<string> Sources);

internal sealed record EventSeed(
    string Id, EventKind Kind, string NameSv, string? NameEn, string? StartDate, string? EndDate, int? Year,
    string? PlaceSv, string? PlaceEn, string? Area, string? ThemeSv, string? ThemeEn, string? DescriptionSv,
    string? DescriptionEn, List<string>? Hosts, List<SessionSeed>? Programme, List<string> Sources);

/// <param name="StartTime">HH:mm.</param>
/// <param name="Language">The language the title is written in on the page: sv or en.</param>
internal sealed record SessionSeed(string StartTime, string Title, string Language, List<PresenterSeed>? Presenters);

/// <param name="Role">The speaker's role as the page gives it, in the session's language; never a name.</param>
internal sealed record PresenterSeed(string Organisation, string? Role);
