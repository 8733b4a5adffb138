using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Pages;

namespace OpenData.Api.Areas;

public static class AreaPages
{
    public static IEndpointRouteBuilder MapAreaPages(this IEndpointRouteBuilder pages)
    {
        pages.MapListPage<AreaList, Area, AreaResponse>("/areas", "Områden", "Areas",
            AreaQuery.Definition, AreaReads.ListAsync, a => new(a.Code, a.Name));
        pages.MapGet("/areas/{code}", (string code, HttpContext http, OpenDataDbContext db, IAreaGovernors governors) =>
            PagesEndpoints.DetailPage<AreaPage, AreaDetailResponse>(http, new("area", "inget område"), code, AreaReads.GetAsync(db, governors, code, http.Language(), http.RequestAborted)));
        return pages;
    }
}
