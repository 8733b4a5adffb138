using Microsoft.Net.Http.Headers;
using OpenData.Api.Infrastructure;

namespace OpenData.Api.Pages;

/// <summary>/graphql opened in a browser shows the GraphiQL explorer; GraphQL clients, which do not ask for HTML, get the API.</summary>
public static class GraphiQL
{
    public static bool IsBrowserVisit(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(type => type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && type.Quality is null or > 0);

    public static IResult Page(HttpContext http)
    {
        PagesEndpoints.UseLanguage(http, http.Request.Query["lang"] == "en" ? Language.En : Language.Sv);
        return PagesEndpoints.Render<GraphiQLPage>(http);
    }
}
