using Microsoft.Extensions.Options;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Pages;

namespace OpenData.Api.Organisations;

public static class OrganisationPages
{
    public static IEndpointRouteBuilder MapOrganisationPages(this IEndpointRouteBuilder pages)
    {
        pages.MapListPage<OrganisationList, Organisation, OrganisationResponse>("/organisations", "Organisationer", "Organisations",
            OrganisationQuery.Definition, OrganisationReads.ListAsync, o => new(o.Id, o.Name));
        pages.MapGet("/organisations/{id}", ShowOrganisation).WithName("OrganisationPage");
        return pages;
    }

    private static async Task<IResult> ShowOrganisation(string id, HttpContext http, OpenDataDbContext db, IOptions<PagingLimits> limits,
        IEnumerable<IRelatedSection<OrganisationResponse>> related)
    {
        var (language, cancellationToken) = (http.Language(), http.RequestAborted);
        if (await OrganisationReads.GetAsync(db, id, language, cancellationToken) is not { } organisation)
        {
            return PagesEndpoints.NotFound(http, new("organisation", "ingen organisation"), id);
        }
        var relations = PagesEndpoints.RelationsOf(limits);
        return PagesEndpoints.Render<OrganisationPage>(http, ("Item", organisation),
            ("Children", (await OrganisationReads.ListChildrenAsync(db, id, relations, language, cancellationToken))!.Items),
            ("Related", await RelatedSections.ReadAsync(related, organisation, http, db, limits)));
    }
}
