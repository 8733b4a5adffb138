namespace OpenData.Api.Infrastructure;

public static class HostingExtensions
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>
    /// The command line with settings read once, at start. Watching appsettings.json for changes puts a recursive watch on the
    /// whole content root: started from / that is every directory of the machine (44 000 inotify watches and seconds of start
    /// here, and a failed start where the system allows fewer watches), and a database file beneath it sends an event per write.
    /// </summary>
    public static string[] WithSettingsReadOnce(string[] args) => [.. args, "--hostBuilder:reloadConfigOnChange=false"];

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
