using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.FileProviders;

namespace OpenData.Api.Web;

/// <summary>
/// Fingerprinted addresses of the files under wwwroot: the content hash goes in the URL, so a browser may keep a
/// file for a year and still gets a new one the moment it changes.
/// </summary>
public sealed class StaticAssets(IWebHostEnvironment environment)
{
    public const string VersionParameter = "v";
    private readonly ConcurrentDictionary<string, string> _urls = new(StringComparer.Ordinal);

    public string Url(string path) => _urls.GetOrAdd(path, p =>
    {
        var file = environment.WebRootFileProvider.GetFileInfo(p);
        if (!file.Exists)
        {
            // A build output without wwwroot (dotnet build -o) still serves the API; the page tests catch a missing file.
            return $"/{p}";
        }
        using var stream = file.CreateReadStream();
        return $"/{p}?{VersionParameter}={Convert.ToHexStringLower(SHA256.HashData(stream))[..12]}";
    });

    /// <summary>
    /// The wwwroot published next to the application, so that it is found whatever the working directory;
    /// null (the content root's wwwroot) when running from the project.
    /// </summary>
    public static string? PublishedWebRoot() =>
        Path.Combine(AppContext.BaseDirectory, "wwwroot") is var published && Directory.Exists(published) ? published : null;

    /// <summary>Fingerprinted requests are cached for a year; others must be revalidated.</summary>
    public static void SetCacheHeaders(Microsoft.AspNetCore.StaticFiles.StaticFileResponseContext context) =>
        context.Context.Response.Headers.CacheControl = context.Context.Request.Query.ContainsKey(VersionParameter)
            ? "public, max-age=31536000, immutable"
            : "public, max-age=0, must-revalidate";
}
