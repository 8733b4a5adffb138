using OpenData.Api.GraphQL;
using OpenData.Api.Infrastructure;

namespace OpenData.Api.Pages;

/// <summary>/graphql opened in a browser shows the GraphiQL explorer; GraphQL clients, which do not ask for HTML, get the API.</summary>
public sealed class GraphiQL : IGraphQLBrowserPage
{
    public IResult Page(HttpContext http)
    {
        PagesEndpoints.UseLanguage(http, http.Request.Query["lang"] == "en" ? Language.En : Language.Sv);
        return PagesEndpoints.Render<GraphiQLPage>(http);
    }
}
