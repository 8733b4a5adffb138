using System.Net.Http.Json;
using OpenData.Api.Networks;
using OpenData.Api.Querying;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Networks;

/// <summary>
/// The programme of the major cities' meeting of 24 August, as the invitation states it: sessions with times, titles in the
/// language they were written in, and the organisations presenting them, by organisation and role, never by name.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class EventProgrammeTests(SeededApi api)
{
    private const string Network = "iimhl-major-cities";
    private const string Event = "iimhl-major-cities-seminarium-stockholm";

    /// <summary>Who the invitation names, and how to reach them: none of it may be published.</summary>
    private static readonly string[] PersonalData =
        ["Lindencrona", "Frykman", "Belkin", "Norman Lamb", "McPherson", "Giorgi", "@skl.se", "452 79", "452 77"];

    private HttpClient Client => api.Client;

    private async Task<EventResponse> MeetingAsync(string query = "")
    {
        var events = await Client.GetFromJsonAsync<Page<EventResponse>>($"/api/v1/networks/{Network}/events{query}", ApiJson.Options);
        return Assert.Single(events!.Items, e => e.Id == Event);
    }

    [Fact]
    public async Task TheProgrammeListsEverySessionInOrderWithItsTimeTitleAndLanguage()
    {
        var programme = (await MeetingAsync()).Programme;

        Assert.Equal(["09:00", "10:00", "11:00", "12:00", "12:15", "13:00", "14:00", "14:15", "14:30", "15:00", "15:50"], programme.Select(s => s.StartTime));
        Assert.Equal(("Kaffe och mingel", "sv"), (programme[0].Title, programme[0].Language));
        Assert.Equal(("Invitation to international collaboration", "en"), (programme[6].Title, programme[6].Language));
        Assert.Equal("Utvärdering, avslutning och framåtblick – nästa steg", programme[^1].Title);
    }

    [Fact]
    public async Task SpeakersAreTheirOrganisationsAndRoles()
    {
        var programme = (await MeetingAsync()).Programme;

        var introduction = programme.Single(s => s.StartTime == "10:00");
        Assert.Equal(["uppdrag-psykisk-halsa", "skr"], introduction.Presenters.Select(p => p.Organisation.Id));
        Assert.All(introduction.Presenters, p => Assert.Null(p.Role));
        var chair = Assert.Single(programme.Single(s => s.StartTime == "14:00").Presenters);
        Assert.Equal(("iimhl", "Chairman of the IIMHL"), (chair.Organisation.Id, chair.Role));
        Assert.Equal("nyc-department-of-health-and-mental-hygiene", Assert.Single(programme.Single(s => s.StartTime == "13:00").Presenters).Organisation.Id);
        // The 11:00 speaker is named without an organisation, so no one is recorded as presenting it.
        Assert.Empty(programme.Single(s => s.StartTime == "11:00").Presenters);
    }

    [Fact]
    public async Task TheProgrammeIsNotTranslatedButItsPresentersNamesAre()
    {
        var swedish = (await MeetingAsync()).Programme;
        var english = (await MeetingAsync("?lang=en")).Programme;

        Assert.Equal(swedish.Select(s => s.Title), english.Select(s => s.Title));
        Assert.Equal("Sveriges Kommuner och Regioner", swedish[1].Presenters[1].Organisation.Name);
        Assert.NotEqual(swedish[1].Presenters[1].Organisation.Name, english[1].Presenters[1].Organisation.Name);
    }

    [Fact]
    public async Task GraphQLGivesTheSameProgrammeAsRest()
    {
        var rest = (await MeetingAsync()).Programme;
        var data = await Client.QueryAsync("""
            { network(id: "iimhl-major-cities") { events { slug programme { startTime title language presenters { organisation { slug } role } } } } }
            """);

        var meeting = data.GetProperty("network").GetProperty("events").EnumerateArray().Single(e => e.GetProperty("slug").GetString() == Event);
        var programme = meeting.GetProperty("programme").EnumerateArray().ToList();
        Assert.Equal(rest.Select(s => (s.StartTime, s.Title, s.Language)),
            programme.Select(s => (s.GetProperty("startTime").GetString()!, s.GetProperty("title").GetString()!, s.GetProperty("language").GetString()!)));
        Assert.Equal(rest.Select(s => string.Join(",", s.Presenters.Select(p => $"{p.Organisation.Id}:{p.Role}"))),
            programme.Select(s => string.Join(",", s.GetProperty("presenters").EnumerateArray()
                .Select(p => $"{p.GetProperty("organisation").GetProperty("slug").GetString()}:{p.GetProperty("role").GetString()}"))));
    }

    [Fact]
    public async Task TheNetworksPageShowsTheProgrammeWithTitlesInTheirLanguage()
    {
        var html = await Client.GetStringAsync($"/networks/{Network}?lang=en");

        Assert.Contains("<caption>Programme, as the invitation states it</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<td lang=\"sv\">Kaffe och mingel</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td lang=\"en\">Invitation to international collaboration</td>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/organisations/iimhl?lang=en\"", html, StringComparison.Ordinal);
        // The date as the invitation gives it, without a year, in words.
        Assert.Contains("Meeting or seminar, 24 August", html, StringComparison.Ordinal);
        Assert.DoesNotContain("--08-24", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/networks/iimhl-major-cities/events")]
    [InlineData("/api/v1/networks/iimhl-major-cities/events?lang=en")]
    [InlineData("/networks/iimhl-major-cities")]
    [InlineData("/api/v1/organisations/iimhl")]
    [InlineData("/api/v1/organisations/nyc-department-of-health-and-mental-hygiene")]
    public async Task NoSpeakerIsNamedAndNoContactDetailIsPublished(string url)
    {
        var body = await Client.GetStringAsync(url);

        Assert.All(PersonalData, personal => Assert.DoesNotContain(personal, body, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task NoSpeakerIsNamedInGraphQL()
    {
        var (_, body) = await Client.PostGraphQLAsync("""
            { network(id: "iimhl-major-cities") { events { description programme { title presenters { organisation { name description } role } } } } }
            """);

        Assert.All(PersonalData, personal => Assert.DoesNotContain(personal, body.ToString(), StringComparison.OrdinalIgnoreCase));
    }
}
