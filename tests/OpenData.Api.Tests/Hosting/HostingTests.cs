using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using OpenData.Api.Infrastructure;

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
}
