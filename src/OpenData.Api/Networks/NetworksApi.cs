using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Organisations;
using OpenData.Api.Querying;

namespace OpenData.Api.Networks;

public static class NetworksApi
{
    public static RouteGroupBuilder MapNetworksApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/networks")
            .WithTag("Nätverk / Networks",
                "Nätverk, samarbeten och arbetsgrupper som IIMHL och Kraftsamling för psykisk hälsa, med medlemmar och möten. / "
                + "Networks, collaborations and working groups such as IIMHL and Kraftsamling för psykisk hälsa, with their members and meetings.")
            .WithPathParameter("id", "network", NetworkExamples.Id);

        group.MapGet("/", ListNetworks)
            .WithName("ListNetworks")
            .WithSummary("Lista nätverk / List networks")
            .WithDescription("IIMHL och dess arbetsgrupper, storstadssamarbetet, Kraftsamling för psykisk hälsa och länsnätverk. / "
                             + "IIMHL and its working groups, the major-cities collaboration, Kraftsamling för psykisk hälsa and county networks.")
            .WithListQuery(NetworkQuery.Definition)
            .WithExample(NetworkExamples.List);

        group.MapGet("/{id}", GetNetwork)
            .WithName("GetNetwork")
            .WithSummary("Hämta ett nätverk / Get a network")
            .WithDescription("Ett nätverk med överordnat nätverk, arbetsgrupper, mötesfrekvens, fokusområden och källor. / "
                             + "One network with its parent, working groups, meeting cadence, focus areas and sources.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExample(NetworkExamples.Iimhl);

        group.MapGet("/{id}/members", ListNetworkMembers)
            .WithName("ListNetworkMembers")
            .WithSummary("Ett nätverks medlemmar / A network's members")
            .WithDescription("Organisationerna i nätverket med roll och år. / The network's organisations with their roles and years.")
            .WithListQuery(NetworkQuery.MembersDefinition)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExample(NetworkExamples.Members);

        group.MapGet("/{id}/events", ListNetworkEvents)
            .WithName("ListNetworkEvents")
            .WithSummary("Ett nätverks möten / A network's events")
            .WithDescription("Möten som Leadership Exchanges med plats, datum, värdar och tema. / "
                             + "Events such as Leadership Exchanges with place, dates, hosts and theme.")
            .WithListQuery(NetworkQuery.EventsDefinition)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExample(NetworkExamples.Events);

        api.MapOrganisationsGroup().MapGet("/{id}/networks", ListOrganisationNetworks)
            .WithName("ListOrganisationNetworks")
            .WithSummary("Nätverk en organisation deltar i / Networks an organisation takes part in")
            .WithDescription("Organisationens medlemskap i nätverk, med roll och år. / The organisation's memberships of networks, with role and years.")
            .WithListQuery(NetworkQuery.OfOrganisationDefinition)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExample(NetworkExamples.OfOrganisation);

        return api;
    }

    /// <summary>Lists networks.</summary>
    public static Task<Results<Ok<Page<NetworkResponse>>, ValidationProblem>> ListNetworks(HttpContext http, OpenDataDbContext db) =>
        ListQuery.AnswerAsync(http, NetworkQuery.Definition, request => NetworkReads.ListAsync(db, request, http.Language(), http.RequestAborted));

    /// <summary>Gets one network.</summary>
    /// <param name="id">Nätverkets id, till exempel iimhl. / The network's id, such as iimhl.</param>
    public static Task<Results<Ok<NetworkResponse>, ProblemHttpResult>> GetNetwork(string id, HttpContext http, OpenDataDbContext db) =>
        ListQuery.AnswerOneAsync(NetworkReads.GetAsync(db, id, http.Language(), http.RequestAborted), "network", id);

    /// <summary>Lists a network's members.</summary>
    /// <param name="id">Nätverkets id. / The network's id.</param>
    public static Task<Results<Ok<Page<MemberResponse>>, ValidationProblem, ProblemHttpResult>> ListNetworkMembers(string id, HttpContext http, OpenDataDbContext db) =>
        ListQuery.AnswerUnderAsync(http, NetworkQuery.MembersDefinition, "network", id,
            request => NetworkReads.ListMembersAsync(db, id, request, http.Language(), http.RequestAborted));

    /// <summary>Lists a network's events.</summary>
    /// <param name="id">Nätverkets id. / The network's id.</param>
    public static Task<Results<Ok<Page<EventResponse>>, ValidationProblem, ProblemHttpResult>> ListNetworkEvents(string id, HttpContext http, OpenDataDbContext db) =>
        ListQuery.AnswerUnderAsync(http, NetworkQuery.EventsDefinition, "network", id,
            request => NetworkReads.ListEventsAsync(db, id, request, http.Language(), http.RequestAborted));

    /// <summary>Lists the networks an organisation takes part in.</summary>
    /// <param name="id">Organisationens id. / The organisation's id.</param>
    public static Task<Results<Ok<Page<OrganisationNetworkResponse>>, ValidationProblem, ProblemHttpResult>> ListOrganisationNetworks(
        string id, HttpContext http, OpenDataDbContext db) =>
        ListQuery.AnswerUnderAsync(http, NetworkQuery.OfOrganisationDefinition, "organisation", id,
            request => NetworkReads.ListOfOrganisationAsync(db, id, request, http.Language(), http.RequestAborted));
}
