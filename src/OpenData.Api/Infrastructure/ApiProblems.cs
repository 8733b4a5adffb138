using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OpenData.Api.Text;

namespace OpenData.Api.Infrastructure;

public static class ApiProblems
{
    /// <summary>404 naming the resource kind and the id that was not found.</summary>
    public static ProblemHttpResult NotFound(string resource, string id) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Not Found",
            detail: $"There is no {resource} with id '{Excerpt.Shorten(id)}'.",
            type: "https://httpstatuses.io/404");

    /// <summary>403: the key is valid but may not do this; the detail says why.</summary>
    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail, type: "https://httpstatuses.io/403");

    /// <summary>401: a write without a valid key.</summary>
    public static ProblemDetails Unauthorized() => new()
    {
        Status = StatusCodes.Status401Unauthorized,
        Title = "Unauthorized",
        Detail = $"Writing needs a valid API key in the {ApiKeyAuthenticationHandler.HeaderName} header. Reading needs none.",
        Type = "https://httpstatuses.io/401",
    };

    /// <summary>429: the client's rate limit is used up for now.</summary>
    public static ProblemDetails TooManyRequests(int retryAfterSeconds) => new()
    {
        Status = StatusCodes.Status429TooManyRequests,
        Title = "Too Many Requests",
        Detail = $"This client has used its requests for now. Try again in {retryAfterSeconds} seconds; the limits are published at /api/v1/api-info.",
        Type = "https://httpstatuses.io/429",
    };

    /// <summary>503: the database is locked, busy or unreachable for now.</summary>
    public static ProblemDetails ServiceUnavailable(int retryAfterSeconds) => new()
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Title = "Service Unavailable",
        Detail = $"The database is busy or unavailable. Try again in {retryAfterSeconds} seconds.",
        Type = "https://httpstatuses.io/503",
    };
}
