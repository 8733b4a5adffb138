using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpenData.Api.Tests.Infrastructure;

public sealed class LoggingTests
{
    [Fact]
    public async Task RequestLogsCarryTheW3CTraceIdAndNeverTheApiKey()
    {
        var logs = new CapturingLoggerProvider();
        await using var factory = new OpenDataApiFactory();
        try
        {
            await using var host = factory.WithWebHostBuilder(builder => builder
                .UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Information")
                .ConfigureServices(services => services.AddSingleton<ILoggerProvider>(logs)));
            using var client = host.CreateClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/areas/00");
            request.Headers.Add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
            request.Headers.Add("X-Api-Key", OpenDataApiFactory.PublisherKey);

            await client.SendAsync(request);

            var entries = logs.Entries.Where(e => e.Scopes.Contains("TraceId=0af7651916cd43dd8448eb211c80319c")).ToList();
            Assert.NotEmpty(entries);
            Assert.DoesNotContain(logs.Entries, e => e.Message.Contains(OpenDataApiFactory.PublisherKey, StringComparison.Ordinal)
                                                     || e.Scopes.Contains(OpenDataApiFactory.PublisherKey, StringComparison.Ordinal));
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }
}
