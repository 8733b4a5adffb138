using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.Organisations;

public static class OrganisationsApi
{
    private const string Tag = "Organisationer / Organisations";

    private const string TagDescription =
        "Myndigheter, regioner, kommuner, förbund, program och utländska organ, med de nätverk och överenskommelser de deltar i "
        + "och organisationerna som ingår i dem. / Agencies, regions, municipalities, associations, programmes and foreign bodies, "
        + "with the networks and agreements they take part in and the organisations that are part of them.";

    public static RouteGroupBuilder MapOrganisationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapOrganisationsGroup();

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

    /// <summary>
    /// The routes under /organisations, with the organisations' tag and their documented {id}. The features that own an
    /// organisation's relations (networks, agreements) map them here.
    /// </summary>
    public static RouteGroupBuilder MapOrganisationsGroup(this RouteGroupBuilder api) =>
        api.MapGroup("/organisations").WithTag(Tag, TagDescription).WithPathParameter("id", "organisation", OrganisationExamples.Id);

    /// <summary>Lists organisations.</summary>
    public static Task<Results<Ok<Page<OrganisationResponse>>, ValidationProblem>> ListOrganisations(HttpContext http, OpenDataDbContext db) =>
        ListQuery.AnswerAsync(http, OrganisationQuery.Definition, request => OrganisationReads.ListAsync(db, request, http.Language(), http.RequestAborted));

    /// <summary>Gets one organisation.</summary>
    /// <param name="id">Organisationens id, till exempel skr eller kommun-0180. / The organisation's id, such as skr or kommun-0180.</param>
    public static Task<Results<Ok<OrganisationResponse>, ProblemHttpResult>> GetOrganisation(string id, HttpContext http, OpenDataDbContext db) =>
        ListQuery.AnswerOneAsync(OrganisationReads.GetAsync(db, id, http.Language(), http.RequestAborted), "organisation", id);

    /// <summary>Lists the organisations that are part of an organisation.</summary>
    /// <param name="id">Den överordnade organisationens id. / The parent organisation's id.</param>
    public static Task<Results<Ok<Page<OrganisationResponse>>, ValidationProblem, ProblemHttpResult>> ListOrganisationChildren(
        string id, HttpContext http, OpenDataDbContext db) =>
        ListQuery.AnswerUnderAsync(http, OrganisationQuery.Definition, "organisation", id,
            request => OrganisationReads.ListChildrenAsync(db, id, request, http.Language(), http.RequestAborted));
}
