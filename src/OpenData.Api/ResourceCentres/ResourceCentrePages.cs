using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Pages;

namespace OpenData.Api.ResourceCentres;

public static class ResourceCentrePages
{
    public static IEndpointRouteBuilder MapResourceCentrePages(this IEndpointRouteBuilder pages)
    {
        pages.MapListPage<ResourceCentreList, ResourceCentre, ResourceCentreResponse>("/resource-centres", "Resurscentrum", "Resource centres",
            ResourceCentreQuery.Definition, ResourceCentreReads.ListAsync, r => new(r.Id, r.Name));
        pages.MapGet("/resource-centres/{id}", (string id, HttpContext http, OpenDataDbContext db) =>
            PagesEndpoints.DetailPage<ResourceCentrePage, ResourceCentreResponse>(http, new("resource centre", "inget resurscentrum"), id, ResourceCentreReads.GetAsync(db, id, http.Language(), http.RequestAborted)));
        return pages;
    }
}
