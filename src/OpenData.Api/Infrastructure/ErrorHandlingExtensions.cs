using System.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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
            problem.Status ??= http.Response.StatusCode;
            problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
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
        // After the framework's writer, so it answers only what that one declines.
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IProblemDetailsWriter, AnyAcceptProblemDetailsWriter>());
        return builder;
    }

    public static WebApplication UseProblemDetailsErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>
    /// Problem details as JSON whatever the request accepts. The framework's writer declines a request whose Accept names no
    /// JSON type (the catalogue asked for as RDF/XML, a CSV download), and the exception handler then sends a 500 with an empty
    /// body; a client is better served by a problem it did not ask for than by nothing to quote.
    /// </summary>
    private sealed class AnyAcceptProblemDetailsWriter(IOptions<ProblemDetailsOptions> options, IOptions<JsonOptions> json) : IProblemDetailsWriter
    {
        public bool CanWrite(ProblemDetailsContext context) => true;

        public ValueTask WriteAsync(ProblemDetailsContext context)
        {
            var problem = context.ProblemDetails;
            var response = context.HttpContext.Response;
            problem.Status ??= response.StatusCode;
            problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
            options.Value.CustomizeProblemDetails?.Invoke(context);
            return new ValueTask(response.WriteAsJsonAsync(problem, problem.GetType(), json.Value.SerializerOptions, "application/problem+json"));
        }
    }
}
