using System.Data.Common;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenData.Api.Data;

namespace OpenData.Api.Tests.Infrastructure;

[Collection(SeededApiCollection.Name)]
public sealed class ErrorTests(SeededApi api)
{
    [Theory]
    [InlineData("/api/v1/no-such-resource")]
    [InlineData("/api/v2/api-info")]
    public async Task UnknownRouteReturnsProblemDetails(string path)
    {
        var response = await api.Client.GetAsync(path);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal(path, problem.GetProperty("instance").GetString());
        foreach (var member in new[] { "type", "title", "detail", "traceId" })
        {
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty(member).GetString()), member);
        }
    }

    [Fact]
    public async Task WrongMethodReturnsProblemDetails()
    {
        var response = await api.Client.DeleteAsync("/api/v1/api-info");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("DELETE", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnhandledErrorIsProblemDetailsWithATraceIdWhateverTheRequestAccepts()
    {
        var failing = new FailingCommands();
        var factory = new OpenDataApiFactory();
        try
        {
            using var client = factory.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
                services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(failing))).CreateClient();
            failing.On = true;

            foreach (var (url, accept) in new[]
                     {
                         ("/api/v1/catalog", "application/rdf+xml"), ("/api/v1/catalog", "text/turtle"),
                         ("/api/v1/datasets/scb-folkmangd/data.csv", "text/csv"), ("/api/v1/datasets", "application/json"),
                     })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
                var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();

                Assert.True(response.StatusCode == HttpStatusCode.InternalServerError, $"{accept}: {(int)response.StatusCode} {body}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                var problem = JsonDocument.Parse(body).RootElement;
                Assert.Equal(500, problem.GetProperty("status").GetInt32());
                Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()), accept);
                Assert.DoesNotContain("deliberate", body, StringComparison.Ordinal);
            }
        }
        finally
        {
            await factory.DisposeAsync();
            factory.DeleteDatabase();
        }
    }

    /// <summary>Fails every SQL query once switched on, as a broken database would.</summary>
    private sealed class FailingCommands : DbCommandInterceptor
    {
        public bool On { get; set; }

        // Reads run asynchronously, or synchronously on SQLite (ProviderReads): both fail.
        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
            On ? throw new InvalidOperationException("A deliberate failure.") : base.ReaderExecuting(command, eventData, result);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            On ? throw new InvalidOperationException("A deliberate failure.") : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
