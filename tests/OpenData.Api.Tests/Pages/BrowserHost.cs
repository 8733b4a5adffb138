using Microsoft.Playwright;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Pages;

/// <summary>
/// The seeded API on a real Kestrel port and a headless Chromium (Debian's; CHROMIUM_PATH overrides) to look at its pages.
/// Each test gets its own browser context that refuses every request leaving the API's host.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public OpenDataApiFactory Factory { get; } = new();
    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        Client = Factory.CreateClient();
        BaseAddress = Client.BaseAddress!;
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"No Chromium at {chromium}: install Debian's chromium (.ci/run does) or set CHROMIUM_PATH.");
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh page, with every request it makes recorded and any to another host refused.</summary>
    public async Task<BrowserPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var result = new BrowserPage(context, page);
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Host == BaseAddress.Host && url.Port == BaseAddress.Port)
            {
                await route.ContinueAsync();
            }
            else
            {
                result.External.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        page.Request += (_, request) => result.Requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                result.ConsoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => result.ConsoleErrors.Add(error);
        return result;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        Client?.Dispose();
        await Factory.DisposeAsync();
        Factory.DeleteDatabase();
    }
}

/// <summary>A browser tab and what it did.</summary>
public sealed class BrowserPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;
    public List<string> Requests { get; } = [];
    public List<string> External { get; } = [];
    public List<string> ConsoleErrors { get; } = [];

    public ValueTask DisposeAsync() => new(context.CloseAsync());
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "Browser";
}
