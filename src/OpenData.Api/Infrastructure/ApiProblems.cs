using Microsoft.AspNetCore.Http.HttpResults;

namespace OpenData.Api.Infrastructure;

public static class ApiProblems
{
    /// <summary>404 naming the resource kind and the id that was not found.</summary>
    public static ProblemHttpResult NotFound(string resource, string id) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Not Found",
            detail: $"There is no {resource} with id '{Querying.ValueParser.Shorten(id)}'.",
            type: "https://httpstatuses.io/404");

    /// <summary>403: the key is valid but may not do this; the detail says why.</summary>
    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail, type: "https://httpstatuses.io/403");
}
