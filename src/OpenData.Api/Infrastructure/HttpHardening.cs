using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Timeouts;
using OpenData.Api.Data;

namespace OpenData.Api.Infrastructure;

/// <summary>Limits, CORS and security headers for a service open to everyone; bound from the "Http" configuration section.</summary>
public sealed class HttpLimits
{
    /// <summary>Largest request body in bytes, except uploads of observations (<see cref="MaxUploadBytes"/>).</summary>
    public long MaxRequestBodyBytes { get; set; } = 1_048_576;
    /// <summary>Largest upload of observations: a million rows of CSV are about 30 MB.</summary>
    public const long MaxUploadBytes = 268_435_456;
    /// <summary>Longest request line (method, URL, version) in bytes; longer is answered 414.</summary>
    public int MaxRequestLineBytes { get; set; } = 8_192;
    /// <summary>Most query-string parameters.</summary>
    public int MaxQueryParameters { get; set; } = 40;
    /// <summary>Seconds a request may take before it is cut off; a streamed download only until its body starts.</summary>
    public int RequestTimeoutSeconds { get; set; } = 30;
    /// <summary>Seconds a streamed download may go without a write completing (a stalled client) before it is dropped.</summary>
    public int IdleWriteTimeoutSeconds { get; set; } = 30;
    /// <summary>Seconds a client is told to wait (Retry-After) when the database is unavailable.</summary>
    public int RetryAfterSeconds { get; set; } = 5;
}

public static class HttpHardening
{
    public const string PublicCors = "public";
    public const string UploadTimeout = "upload";

    public static WebApplicationBuilder AddHttpHardening(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection("Http").Get<HttpLimits>() ?? new HttpLimits();
        builder.Services.Configure<HttpLimits>(builder.Configuration.GetSection("Http"));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestLineSize = limits.MaxRequestLineBytes;
        });
        builder.Services.AddRequestTimeouts(options =>
        {
            options.DefaultPolicy = new RequestTimeoutPolicy { Timeout = TimeSpan.FromSeconds(limits.RequestTimeoutSeconds), TimeoutStatusCode = 503 };
            options.AddPolicy(UploadTimeout, TimeSpan.FromMinutes(10));
        });
        builder.Services.AddCors(options => options.AddPolicy(PublicCors, policy => policy
            // Anyone may read, from any page; writes (PUT) are not allowed cross-origin.
            .AllowAnyOrigin()
            .WithMethods("GET", "HEAD", "POST")
            .WithHeaders("Accept", "Accept-Language", "Content-Type", "If-None-Match")
            .WithExposedHeaders("ETag", "Link", "Content-Language", "Content-Disposition", "Retry-After")));
        builder.Services.AddExceptionHandler<BadRequestBodyHandler>();
        builder.Services.AddExceptionHandler<DatabaseUnavailableHandler>();
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        // On shutdown, requests in flight get this long to finish.
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(limits.RequestTimeoutSeconds));
        // One JSON object per log line, with the W3C trace and span ids of the request.
        builder.Logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        });
        builder.Logging.Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        return builder;
    }

    /// <summary>
    /// HEAD is answered as GET without the body (RFC 9110 §9.3.2), by every endpoint. It runs before routing so that
    /// a HEAD request finds the GET endpoint; the body is written nowhere, and the headers are those of the GET.
    /// </summary>
    public static WebApplication UseHeadAsGet(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }
            var body = context.Response.Body;
            context.Items[HeadAsGet] = true;
            context.Request.Method = HttpMethods.Get;
            context.Response.Body = Stream.Null;
            try
            {
                await next(context);
            }
            finally
            {
                context.Request.Method = HttpMethods.Head;
                context.Response.Body = body;
            }
        });
        app.UseRouting();
        return app;
    }

    private static readonly object HeadAsGet = new();

    /// <summary>
    /// Whether the request came as HEAD and is being answered as GET (<see cref="UseHeadAsGet"/>): an endpoint whose body
    /// costs much to produce, such as a download, can set its headers and stop there.
    /// </summary>
    public static bool IsHeadRequest(this HttpContext context) => context.Items.ContainsKey(HeadAsGet);

    public static WebApplication UseHttpHardening(this WebApplication app)
    {
        var limits = app.Configuration.GetSection("Http").Get<HttpLimits>() ?? new HttpLimits();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            // The request's W3C trace context (continued from an incoming traceparent), so a client can quote it.
            var traceparent = System.Diagnostics.Activity.Current?.Id;
            // Set as the answer starts, so that an error page, which clears the headers, carries them too.
            context.Response.OnStarting(() =>
            {
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                if (traceparent is not null)
                {
                    headers["traceparent"] = traceparent;
                }
                if (context.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true)
                {
                    headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'";
                }
                return Task.CompletedTask;
            });
            // Kestrel also cuts off bodies without a length as they stream in; a declared length is refused at once.
            if (context.Request.ContentLength is { } length)
            {
                var maxBody = context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize
                              ?? limits.MaxRequestBodyBytes;
                if (length > maxBody)
                {
                    await Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload Too Large",
                        detail: $"The body has {length} bytes; the limit here is {maxBody}.",
                        type: "https://httpstatuses.io/413").ExecuteAsync(context);
                    return;
                }
            }
            // The raw query string answers both checks for nearly every request; parsing it is left to a request that may break them
            // (an answer served from the output cache never parses it at all).
            var query = context.Request.QueryString.Value.AsSpan();
            if (query.Count('&') >= limits.MaxQueryParameters && context.Request.Query.Count > limits.MaxQueryParameters)
            {
                await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Too many query parameters",
                    detail: $"The request has {context.Request.Query.Count} query parameters; the limit is {limits.MaxQueryParameters}.",
                    type: "https://httpstatuses.io/400").ExecuteAsync(context);
                return;
            }
            if (query.Contains("%00", StringComparison.Ordinal) && WhereNul(context.Request) is { } where)
            {
                // No stored text holds NUL (PostgreSQL cannot store it), so nothing could match; said plainly rather than failing in the database.
                await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "NUL character",
                    detail: $"The request's {where} contains a NUL character (%00), which no text here holds.",
                    type: "https://httpstatuses.io/400").ExecuteAsync(context);
                return;
            }
            await next(context);
        });
        if (!app.Environment.IsDevelopment())
        {
            // Sent only over HTTPS, so a plain-HTTP local run is unaffected.
            app.UseHsts();
        }
        app.UseCors(PublicCors);
        app.UseRequestTimeouts();
        return app;
    }

    /// <summary>
    /// A body that arrives too slowly (Kestrel's minimum data rate), ends early or breaks the framing is the client's
    /// fault: it is answered with the status Kestrel gives it (408, 400, 413) as problem details and logged as a warning.
    /// </summary>
    private sealed class BadRequestBodyHandler(IProblemDetailsService problems, ILogger<BadRequestBodyHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not BadHttpRequestException badRequest || context.Response.HasStarted)
            {
                return false;
            }
            logger.LogWarning("Bad request body from the client ({Status}): {Reason}", badRequest.StatusCode, badRequest.Message);
            context.Response.StatusCode = badRequest.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = badRequest.StatusCode,
                    Title = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(badRequest.StatusCode),
                    Detail = badRequest.StatusCode == StatusCodes.Status408RequestTimeout
                        ? "The request body arrived too slowly; send it again at a steady pace."
                        : $"The request body could not be read: {badRequest.Message}",
                    Type = $"https://httpstatuses.io/{badRequest.StatusCode}",
                },
            });
        }
    }

    /// <summary>Which query parameter holds a NUL character, if any, decoded. (Kestrel itself refuses a path with one.)</summary>
    private static string? WhereNul(HttpRequest request)
    {
        foreach (var (name, values) in request.Query)
        {
            if (name.Contains('\0') || values.Any(value => value?.Contains('\0') == true))
            {
                return $"query parameter '{name.Replace("\0", "%00", StringComparison.Ordinal)}'";
            }
        }
        return null;
    }

    /// <summary>
    /// A locked, busy or unreachable database is a temporary condition: 503 with Retry-After, not 500. So is one not ready at
    /// start: still being prepared, or it could not be and this instance is stopping (another, or this one started again, may
    /// answer shortly).
    /// </summary>
    private sealed class DatabaseUnavailableHandler(IOpenDataDatabase database, IProblemDetailsService problems,
        Microsoft.Extensions.Options.IOptions<HttpLimits> limits, ILogger<DatabaseUnavailableHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not DatabaseNotReadyException && !database.IsUnavailable(exception) || context.Response.HasStarted)
            {
                return false;
            }
            logger.LogWarning(exception, "Database unavailable ({Database})", database.Description);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = limits.Value.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = ApiProblems.ServiceUnavailable(limits.Value.RetryAfterSeconds),
            });
        }
    }
}
