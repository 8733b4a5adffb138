using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace OpenData.Api.Infrastructure;

/// <summary>
/// A key as the operator configures it: a name, the SHA-256 of the key (never the key itself), and what it may write:
/// the datasets of one publisher, or, for an operator, every dataset.
/// </summary>
public sealed class ApiKeyEntry
{
    public string Name { get; set; } = "";
    /// <summary>Hex SHA-256 of the key.</summary>
    public string Sha256 { get; set; } = "";
    /// <summary>Id of the organisation the key publishes for ("scb").</summary>
    public string? Publisher { get; set; }
    /// <summary>Whether the key may write every dataset, whoever publishes it.</summary>
    public bool Operator { get; set; }
}

public sealed class ApiKeyOptions : AuthenticationSchemeOptions
{
    public List<ApiKeyEntry> Keys { get; set; } = [];
}

/// <summary>Authenticates writes by the X-Api-Key header, compared by hash in constant time. Reading needs no key.</summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<ApiKeyOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<ApiKeyOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    public const string PublisherPolicy = "publisher";
    public const string PublisherClaim = "publisher";
    public const string OperatorClaim = "operator";

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || values.Count != 1 || string.IsNullOrEmpty(values[0]))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(values[0]!));
        ApiKeyEntry? match = null;
        foreach (var entry in Options.Keys)
        {
            // Every configured key is compared, in constant time, so timing tells nothing about which one nearly matched.
            if (entry.Sha256.Length == 64 && CryptographicOperations.FixedTimeEquals(presented, Convert.FromHexString(entry.Sha256)))
            {
                match = entry;
            }
        }
        if (match is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key is not valid."));
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, match.Name)], SchemeName);
        if (match.Publisher is not null)
        {
            identity.AddClaim(new Claim(PublisherClaim, match.Publisher));
        }
        if (match.Operator)
        {
            identity.AddClaim(new Claim(OperatorClaim, "true"));
        }
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{HeaderName}\"";
        await Results.Problem(ApiProblems.Unauthorized()).ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: "This key may not write.",
            type: "https://httpstatuses.io/403").ExecuteAsync(Context);
}

public static class ApiKeyExtensions
{
    /// <summary>
    /// API keys for publishers, from the "ApiKeys" configuration section (name, SHA-256, and publisher or operator of each key).
    /// A key that says neither whom it publishes for nor that it is an operator's stops the start.
    /// </summary>
    public static WebApplicationBuilder AddPublisherAuthentication(this WebApplicationBuilder builder)
    {
        var keys = builder.Configuration.GetSection("ApiKeys").Get<List<ApiKeyEntry>>() ?? [];
        var unowned = keys.FindIndex(key => string.IsNullOrWhiteSpace(key.Publisher) && !key.Operator);
        if (unowned >= 0)
        {
            throw new InvalidOperationException(
                $"The API key ApiKeys:{unowned} ('{keys[unowned].Name}') has no publisher. Give it the id of the organisation it publishes for "
                + $"(ApiKeys:{unowned}:Publisher=scb), or ApiKeys:{unowned}:Operator=true for an operator's key that may write every dataset.");
        }
        // No scheme authenticates every request: UseApiKeyAuthentication asks the key's handler only when a key is sent. (The
        // switch is ASP.NET Core's documented way to keep a single scheme from becoming the default.)
        AppContext.SetSwitch("Microsoft.AspNetCore.Authentication.SuppressAutoDefaultScheme", true);
        builder.Services.AddAuthentication(options =>
            {
                options.DefaultChallengeScheme = ApiKeyAuthenticationHandler.SchemeName;
                options.DefaultForbidScheme = ApiKeyAuthenticationHandler.SchemeName;
            })
            .AddScheme<ApiKeyOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, options => options.Keys = keys);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyAuthenticationHandler.PublisherPolicy, policy => policy.RequireAuthenticatedUser());
        return builder;
    }

    /// <summary>
    /// Authenticates a request that sends X-Api-Key; every other request stays anonymous without a handler being created and
    /// run for it (most requests are anonymous reads, and a handler per request was a measurable share of a cached answer).
    /// </summary>
    public static WebApplication UseApiKeyAuthentication(this WebApplication app)
    {
        // With no default scheme this authenticates nothing itself; called here so that the host does not add it at the front.
        app.UseAuthentication();
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName))
            {
                var result = await context.AuthenticateAsync(ApiKeyAuthenticationHandler.SchemeName);
                if (result.Succeeded)
                {
                    context.User = result.Principal;
                }
            }
            await next(context);
        });
        return app;
    }
}
