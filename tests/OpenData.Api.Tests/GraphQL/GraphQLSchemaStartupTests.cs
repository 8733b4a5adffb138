using System.Net;
using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenData.Api.GraphQL;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.GraphQL;

/// <summary>The GraphQL schema is built once the host has started, off the path of the first answer.</summary>
public sealed class GraphQLSchemaStartupTests
{
    [Fact]
    public async Task ASchemaThatCannotBeBuiltStopsTheApiWithExitCode1()
    {
        var factory = new OpenDataApiFactory(seed: false);
        try
        {
            var stopping = new TaskCompletionSource();
            await using var host = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services
                .AddSingleton<IQueryFields, FieldNamedTwice>()
                .AddHostedService(provider => new StoppingWatch(provider.GetRequiredService<IHostApplicationLifetime>(), stopping))));
            try
            {
                _ = host.Server;
            }
            catch (ObjectDisposedException)
            {
                // The schema failed and the API stopped before the factory handed the started host out.
            }

            await stopping.Task.WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(1, Environment.ExitCode);
        }
        finally
        {
            // The API's exit code is the test process's: it must not end the test run as failed.
            Environment.ExitCode = 0;
            await factory.DisposeAsync();
            factory.DeleteDatabase();
        }
    }

    [Fact]
    public async Task RestAnswersWhileTheSchemaIsStillBeingBuiltAndGraphQLAnswersOnceItIsBuilt()
    {
        using var gate = new ManualResetEventSlim();
        var factory = new OpenDataApiFactory(seed: false);
        try
        {
            await using var host = factory.WithWebHostBuilder(builder =>
                builder.ConfigureTestServices(services => services.AddSingleton<IQueryFields>(new HeldBack(gate))));
            using var client = host.CreateClient();

            var graphQL = client.QueryAsync("{ __typename }");
            var rest = await client.GetAsync("/api/v1/organisations?limit=1");
            var answeredBeforeTheSchema = graphQL.IsCompleted;
            gate.Set();
            var data = await graphQL.WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(HttpStatusCode.OK, rest.StatusCode);
            Assert.False(answeredBeforeTheSchema);
            Assert.Equal("Query", data.GetProperty("__typename").GetString());
        }
        finally
        {
            gate.Set();
            await factory.DisposeAsync();
            factory.DeleteDatabase();
        }
    }

    /// <summary>Tells the test when the API begins to stop; registered as it starts, before the schema is built.</summary>
    private sealed class StoppingWatch(IHostApplicationLifetime lifetime, TaskCompletionSource stopping) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>Holds the schema's build back until the test opens the gate.</summary>
    private sealed class HeldBack(ManualResetEventSlim gate) : IQueryFields
    {
        public void AddLookups(QueryGraphType query) => gate.Wait(TimeSpan.FromSeconds(30));

        public void AddConnections(QueryGraphType query, PageSizes records)
        {
        }

        public void AddNodes(IDictionary<string, ResolveNode> nodes)
        {
        }
    }

    /// <summary>Adds a root field the organisations already have: GraphQL.NET refuses it as it makes the query type, building the schema.</summary>
    private sealed class FieldNamedTwice : IQueryFields
    {
        public void AddLookups(QueryGraphType query) => query.Field<StringGraphType>("organisation").Resolve(_ => "twice");

        public void AddConnections(QueryGraphType query, PageSizes records)
        {
        }

        public void AddNodes(IDictionary<string, ResolveNode> nodes)
        {
        }
    }
}
