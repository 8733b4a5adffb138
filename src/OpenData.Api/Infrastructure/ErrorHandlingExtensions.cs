using System.Diagnostics;

namespace OpenData.Api.Infrastructure;

public static class ErrorHandlingExtensions
{
    /// <summary>Every error is RFC 9457 problem details with a type, title, status, detail, instance and traceId; never a stack trace.</summary>
    public static WebApplicationBuilder AddProblemDetailsErrors(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var http = context.HttpContext;
            problem.Instance ??= http.Request.Path + http.Request.QueryString;
            problem.Type ??= $"https://httpstatuses.io/{problem.Status}";
            problem.Detail ??= problem.Status switch
            {
                StatusCodes.Status404NotFound => $"There is no resource at '{http.Request.Path}'.",
                StatusCodes.Status405MethodNotAllowed => $"'{http.Request.Method}' is not allowed on '{http.Request.Path}'.",
                StatusCodes.Status500InternalServerError => "The server failed to answer. The error is logged under the traceId.",
                _ => problem.Title,
            };
            problem.Extensions["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier;
            // The framework adds its own copy under "requestId" in some paths; one id is enough.
            problem.Extensions.Remove("requestId");
            if (context.Exception is not null)
            {
                problem.Extensions.Remove("exception");
            }
        });
        return builder;
    }

    public static WebApplication UseProblemDetailsErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
