using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Organisations;
using OpenData.Api.Querying;

namespace OpenData.Api.Agreements;

public static class AgreementsApi
{
    public static RouteGroupBuilder MapAgreementsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/agreements")
            .WithTag("Överenskommelser / Agreements",
                "Överenskommelser mellan staten och SKR och liknande gemensamma planer: parter, tilldelade medel, åtaganden och dokument. / "
                + "Agreements between the state and SKR and similar joint plans: parties, allocated funds, commitments and documents.")
            .WithPathParameter("id", "agreement", AgreementExamples.Id);

        group.MapGet("/", ListAgreements)
            .WithName("ListAgreements")
            .WithSummary("Lista överenskommelser / List agreements")
            .WithDescription("Överenskommelser mellan staten och SKR och liknande gemensamma planer, med parter och tilldelade medel. / "
                             + "Agreements between the state and SKR and similar joint plans, with parties and allocations.")
            .WithListQuery(AgreementQuery.Definition)
            .WithExample(AgreementExamples.List);

        group.MapGet("/{id}", GetAgreement)
            .WithName("GetAgreement")
            .WithSummary("Hämta en överenskommelse / Get an agreement")
            .WithDescription("En överenskommelse med parter, tilldelningar, åtaganden, referensdokument och källor. / "
                             + "One agreement with its parties, allocations, commitments, reference documents and sources.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExample(AgreementExamples.Agreement2017);

        api.MapOrganisationsGroup().MapGet("/{id}/agreements", ListOrganisationAgreements)
            .WithName("ListOrganisationAgreements")
            .WithSummary("Överenskommelser en organisation är part i / Agreements an organisation is party to")
            .WithDescription("Organisationens roller i överenskommelser. / The organisation's roles in agreements.")
            .WithListQuery(AgreementQuery.OfOrganisationDefinition)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExample(AgreementExamples.OfOrganisation);

        return api;
    }

    /// <summary>Lists agreements.</summary>
    public static Task<Results<Ok<Page<AgreementResponse>>, ValidationProblem>> ListAgreements(HttpContext http, OpenDataDbContext db) =>
        ListQuery.AnswerAsync(http, AgreementQuery.Definition, request => AgreementReads.ListAsync(db, request, http.Language(), http.RequestAborted));

    /// <summary>Gets one agreement.</summary>
    /// <param name="id">Överenskommelsens id, till exempel overenskommelse-psykisk-halsa-2017. / The agreement's id, such as overenskommelse-psykisk-halsa-2017.</param>
    public static Task<Results<Ok<AgreementResponse>, ProblemHttpResult>> GetAgreement(string id, HttpContext http, OpenDataDbContext db) =>
        ListQuery.AnswerOneAsync(AgreementReads.GetAsync(db, id, http.Language(), http.RequestAborted), "agreement", id);

    /// <summary>Lists the agreements an organisation is party to.</summary>
    /// <param name="id">Organisationens id. / The organisation's id.</param>
    public static Task<Results<Ok<Page<OrganisationAgreementResponse>>, ValidationProblem, ProblemHttpResult>> ListOrganisationAgreements(
        string id, HttpContext http, OpenDataDbContext db) =>
        ListQuery.AnswerUnderAsync(http, AgreementQuery.OfOrganisationDefinition, "organisation", id,
            request => AgreementReads.ListOfOrganisationAsync(db, id, request, http.Language(), http.RequestAborted));
}
