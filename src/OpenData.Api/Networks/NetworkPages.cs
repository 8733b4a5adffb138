using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Organisations;
using OpenData.Api.Pages;
using OpenData.Api.Querying;

namespace OpenData.Api.Networks;

public static class NetworkPages
{
    public static IEndpointRouteBuilder MapNetworkPages(this IEndpointRouteBuilder pages)
    {
        pages.MapListPage<NetworkList, Network, NetworkResponse>("/networks", "Nätverk", "Networks",
            NetworkQuery.Definition, NetworkReads.ListAsync, n => new(n.Id, n.Name));
        pages.MapGet("/networks/{id}", ShowNetwork).WithName("NetworkPage");
        return pages;
    }

    private static async Task<IResult> ShowNetwork(string id, HttpContext http, OpenDataDbContext db, IOptions<PagingLimits> limits)
    {
        var (language, cancellationToken) = (http.Language(), http.RequestAborted);
        if (await NetworkReads.GetAsync(db, id, language, cancellationToken) is not { } network)
        {
            return PagesEndpoints.NotFound(http, new("network", "inget nätverk"), id);
        }
        var relations = PagesEndpoints.RelationsOf(limits);
        return PagesEndpoints.Render<NetworkPage>(http, ("Item", network),
            ("Members", (await NetworkReads.ListMembersAsync(db, id, relations, language, cancellationToken))!.Items),
            ("Events", (await NetworkReads.ListEventsAsync(db, id, relations, language, cancellationToken))!.Items));
    }
}

/// <summary>The organisation's page lists its networks.</summary>
public sealed class NetworksOfOrganisationSection : IRelatedSection<OrganisationResponse>
{
    public async Task<RenderFragment<PageContext>?> ReadAsync(OrganisationResponse organisation, OpenDataDbContext db, ListRequest relations, Language language,
        CancellationToken cancellationToken) =>
        RelatedSections.Showing<OrganisationNetworks, OrganisationNetworkResponse>(
            (await NetworkReads.ListOfExistingOrganisationAsync(db, organisation.Id, relations, language, cancellationToken)).Items);
}
