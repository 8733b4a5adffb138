using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Pages;

namespace OpenData.Api.Agreements;

public static class AgreementPages
{
    public static IEndpointRouteBuilder MapAgreementPages(this IEndpointRouteBuilder pages)
    {
        pages.MapListPage<AgreementList, Agreement, AgreementResponse>("/agreements", "Överenskommelser", "Agreements",
            AgreementQuery.Definition, AgreementReads.ListAsync, a => new(a.Id, a.Title));
        pages.MapGet("/agreements/{id}", (string id, HttpContext http, OpenDataDbContext db) =>
            PagesEndpoints.DetailPage<AgreementPage, AgreementResponse>(http, "agreement", id, AgreementReads.GetAsync(db, id, http.Language(), http.RequestAborted)));
        return pages;
    }
}
