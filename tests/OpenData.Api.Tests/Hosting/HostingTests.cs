using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Infrastructure;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Hosting;

public sealed class HostingTests
{
    [Fact]
    public void WithoutConfiguredUrlsTheApiListensOnTheFixedLocalPort()
    {
        var builder = WebApplication.CreateBuilder([]);

        builder.UseDefaultLocalUrl();

        Assert.Equal("http://localhost:5080", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    [Fact]
    public void ConfiguredUrlsWinOverTheDefault()
    {
        var builder = WebApplication.CreateBuilder(["--urls", "http://127.0.0.1:6123"]);

        builder.UseDefaultLocalUrl();

        Assert.Equal("http://127.0.0.1:6123", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    [Fact]
    public async Task SettingFilesAreReadOnceAndNotWatched()
    {
        await using var factory = new OpenDataApiFactory(seed: false);
        try
        {
            factory.CreateClient().Dispose();
            var files = ((IConfigurationRoot)factory.Services.GetRequiredService<IConfiguration>()).Providers.OfType<FileConfigurationProvider>().ToList();

            Assert.Contains(files, file => file.Source.Path == "appsettings.json");
            Assert.All(files, file => Assert.False(file.Source.ReloadOnChange, $"{file.Source.Path} is watched."));
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }
}
