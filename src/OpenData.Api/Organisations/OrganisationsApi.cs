using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.Organisations;

public static class OrganisationsApi
{
    public static RouteGroupBuilder MapOrganisationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organisations")
            .WithTag("Organisationer / Organisations",
                "Myndigheter, regioner, kommuner, förbund, program och utländska organ, med de nätverk och överenskommelser de deltar i "
                + "och organisationerna som ingår i dem. / Agencies, regions, municipalities, associations, programmes and foreign bodies, "
                + "with the networks and agreements they take part in and the organisations that are part of them.")
            .WithPathParameter("id", "organisation", OrganisationExamples.Id);

        group.MapGet("/", ListOrganisations)
            .WithName("ListOrganisations")
            .WithSummary("Lista organisationer / List organisations")
            .WithDescription("Myndigheter, regioner, kommuner, förbund, program och utländska organ, filtrerbara och sökbara. / "
                             + "Agencies, regions, municipalities, associations, programmes and foreign bodies, filterable and searchable.")
            .WithListQuery(OrganisationQuery.Definition)
            .WithExample(OrganisationExamples.List);

        group.MapGet("/{id}", GetOrganisation)
            .WithName("GetOrganisation")
            .WithSummary("Hämta en organisation / Get an organisation")
            .WithDescription("En organisation med tidigare namn, överordnad organisation, område och källor. / "
                             + "One organisation with its former names, parent, area and sources.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExample(OrganisationExamples.Skr);

        group.MapGet("/{id}/networks", ListOrganisationNetworks)
            .WithName("ListOrganisationNetworks")
            .WithSummary("Nätverk en organisation deltar i / Networks an organisation takes part in")
            .WithDescription("Organisationens medlemskap i nätverk, med roll och år. / The organisation's memberships of networks, with role and years.")
            .WithListQuery(OrganisationQuery.NetworksDefinition)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExample(OrganisationExamples.Networks);

        group.MapGet("/{id}/agreements", ListOrganisationAgreements)
            .WithName("ListOrganisationAgreements")
            .WithSummary("Överenskommelser en organisation är part i / Agreements an organisation is party to")
            .WithDescription("Organisationens roller i överenskommelser. / The organisation's roles in agreements.")
            .WithListQuery(OrganisationQuery.AgreementsDefinition)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExample(OrganisationExamples.Agreements);

        group.MapGet("/{id}/children", ListOrganisationChildren)
            .WithName("ListOrganisationChildren")
            .WithSummary("Organisationer som ingår i en organisation / Sub-organisations")
            .WithDescription("Organisationer vars överordnade organisation är denna (Uppdrag Psykisk Hälsa ingår i SKR). / "
                             + "Organisations whose parent is this one (Uppdrag Psykisk Hälsa is part of SKR).")
            .WithListQuery(OrganisationQuery.Definition)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExample(OrganisationExamples.Children);

        return api;
    }

    /// <summary>Lists organisations.</summary>
    public static Task<Results<Ok<Page<OrganisationResponse>>, ValidationProblem>> ListOrganisations(HttpContext http, OpenDataDbContext db) =>
        ListQuery.AnswerAsync(http, OrganisationQuery.Definition, request => OrganisationReads.ListAsync(db, request, http.Language(), http.RequestAborted));

    /// <summary>Gets one organisation.</summary>
    /// <param name="id">Organisationens id, till exempel skr eller kommun-0180. / The organisation's id, such as skr or kommun-0180.</param>
    public static Task<Results<Ok<OrganisationResponse>, ProblemHttpResult>> GetOrganisation(string id, HttpContext http, OpenDataDbContext db) =>
        ListQuery.AnswerOneAsync(OrganisationReads.GetAsync(db, id, http.Language(), http.RequestAborted), "organisation", id);

    /// <summary>Lists the networks an organisation takes part in.</summary>
    /// <param name="id">Organisationens id. / The organisation's id.</param>
    public static Task<Results<Ok<Page<OrganisationNetworkResponse>>, ValidationProblem, ProblemHttpResult>> ListOrganisationNetworks(
        string id, HttpContext http, OpenDataDbContext db) =>
        ListQuery.AnswerUnderAsync(http, OrganisationQuery.NetworksDefinition, "organisation", id,
            request => OrganisationReads.ListNetworksAsync(db, id, request, http.Language(), http.RequestAborted));

    /// <summary>Lists the agreements an organisation is party to.</summary>
    /// <param name="id">Organisationens id. / The organisation's id.</param>
    public static Task<Results<Ok<Page<OrganisationAgreementResponse>>, ValidationProblem, ProblemHttpResult>> ListOrganisationAgreements(
        string id, HttpContext http, OpenDataDbContext db) =>
        ListQuery.AnswerUnderAsync(http, OrganisationQuery.AgreementsDefinition, "organisation", id,
            request => OrganisationReads.ListAgreementsAsync(db, id, request, http.Language(), http.RequestAborted));

    /// <summary>Lists the organisations that are part of an organisation.</summary>
    /// <param name="id">Den överordnade organisationens id. / The parent organisation's id.</param>
    public static Task<Results<Ok<Page<OrganisationResponse>>, ValidationProblem, ProblemHttpResult>> ListOrganisationChildren(
        string id, HttpContext http, OpenDataDbContext db) =>
        ListQuery.AnswerUnderAsync(http, OrganisationQuery.Definition, "organisation", id,
            request => OrganisationReads.ListChildrenAsync(db, id, request, http.Language(), http.RequestAborted));
}
