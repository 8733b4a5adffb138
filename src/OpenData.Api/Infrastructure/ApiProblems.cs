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
}
