using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>
/// A client that sends its body too slowly, over a real Kestrel server (the in-memory test server has no minimum data rate).
/// The minimum rate is raised so that a trickle breaks it within a couple of seconds.
/// </summary>
public sealed class SlowRequestBodyTests : IAsyncLifetime
{
    private readonly OpenDataApiFactory _factory = new();
    private readonly CapturingLoggerProvider _logs = new();
    private WebApplicationFactory<Program> _host = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _host = _factory.WithWebHostBuilder(builder => builder.UseSetting("urls", "http://127.0.0.1:0").ConfigureTestServices(services =>
        {
            services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(1_000, TimeSpan.FromSeconds(1.5)));
            services.AddSingleton<ILoggerProvider>(_logs);
        }));
        _host.UseKestrel(0);
        _host.StartServer();
        _client = _host.CreateClient();
        _client.Timeout = TimeSpan.FromSeconds(30);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _factory.DisposeAsync();
        _factory.DeleteDatabase();
    }

    [Fact]
    public async Task ASlowGraphQLBodyIsAnswered408AndLoggedAsAWarning()
    {
        var response = await SendSlowlyAsync("POST", "/graphql", "application/json", "{\"query\":\"{ areas { totalCount } }\"}" + new string(' ', 4_000));

        AssertRequestTimeout(response);
    }

    [Fact]
    public async Task ASlowCsvUploadIsAnswered408AndLoggedAsAWarning()
    {
        var response = await SendSlowlyAsync("PUT", $"/api/v1/datasets/{LargeDataset.Id}/observations", "text/csv",
            "indicator,area,period,sex,value\n" + string.Concat(Enumerable.Repeat("FOLKMANGD,00,2000,total,1\n", 200)));

        AssertRequestTimeout(response);
    }

    private void AssertRequestTimeout(string response)
    {
        Assert.StartsWith("HTTP/1.1 408 ", response, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/problem+json", response, StringComparison.Ordinal);
        Assert.Contains("too slowly", response, StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("408", StringComparison.Ordinal));
    }

    /// <summary>
    /// Sends the headers, then four bytes of the body every 200 ms (20 bytes a second against a minimum of 1 000) until
    /// the server answers. A raw socket, because HttpClient reads no answer before it has sent the whole body.
    /// </summary>
    private async Task<string> SendSlowlyAsync(string method, string path, string mediaType, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(_client.BaseAddress!.Host, _client.BaseAddress.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"{method} {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: {mediaType}\r\n"
            + $"Content-Length: {bytes.Length}\r\n{ApiKeyAuthenticationHeader}: {OpenDataApiFactory.ScbPublisherKey}\r\n\r\n"));
        var answer = new MemoryStream();
        var buffer = new byte[8192];
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var reading = stream.ReadAsync(buffer, deadline.Token).AsTask();
        for (var sent = 0; !reading.IsCompleted && sent < bytes.Length; sent += 4)
        {
            await stream.WriteAsync(bytes.AsMemory(sent, Math.Min(4, bytes.Length - sent)), deadline.Token);
            await Task.WhenAny(reading, Task.Delay(200, deadline.Token));
        }
        int read;
        while ((read = await reading) > 0)
        {
            answer.Write(buffer, 0, read);
            if (Encoding.UTF8.GetString(answer.ToArray()).EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal))
            {
                break;
            }
            reading = stream.ReadAsync(buffer, deadline.Token).AsTask();
        }
        return Encoding.UTF8.GetString(answer.ToArray());
    }

    private const string ApiKeyAuthenticationHeader = "X-Api-Key";
}
