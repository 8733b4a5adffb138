namespace OpenData.Api.Infrastructure;

public static class HostingExtensions
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Listens on <see cref="DefaultUrl"/> unless ASPNETCORE_URLS, --urls or the "Urls" setting names another address.</summary>
    public static WebApplicationBuilder UseDefaultLocalUrl(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        return builder;
    }
}
