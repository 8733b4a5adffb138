using Microsoft.AspNetCore.Components;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Organisations;
using OpenData.Api.Pages;
using OpenData.Api.Querying;

namespace OpenData.Api.Agreements;

public static class AgreementPages
{
    public static IEndpointRouteBuilder MapAgreementPages(this IEndpointRouteBuilder pages)
    {
        pages.MapListPage<AgreementList, Agreement, AgreementResponse>("/agreements", "Överenskommelser", "Agreements",
            AgreementQuery.Definition, AgreementReads.ListAsync, a => new(a.Id, a.Title));
        pages.MapGet("/agreements/{id}", (string id, HttpContext http, OpenDataDbContext db) =>
            PagesEndpoints.DetailPage<AgreementPage, AgreementResponse>(http, new("agreement", "ingen överenskommelse"), id, AgreementReads.GetAsync(db, id, http.Language(), http.RequestAborted)));
        return pages;
    }
}

/// <summary>The organisation's page lists its agreements.</summary>
public sealed class AgreementsOfOrganisationSection : IRelatedSection<OrganisationResponse>
{
    public async Task<RenderFragment<PageContext>?> ReadAsync(OrganisationResponse organisation, OpenDataDbContext db, ListRequest relations, Language language,
        CancellationToken cancellationToken) =>
        RelatedSections.Showing<OrganisationAgreements, OrganisationAgreementResponse>(
            (await AgreementReads.ListOfExistingOrganisationAsync(db, organisation.Id, relations, language, cancellationToken)).Items);
}
