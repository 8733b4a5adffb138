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
    public async Task ASchemaThatCannotBeBuiltStopsTheApi()
    {
        var factory = new OpenDataApiFactory(seed: false);
        try
        {
            await using var host = factory.WithWebHostBuilder(builder =>
                builder.ConfigureTestServices(services => services.AddSingleton<IQueryFields, FieldNamedTwice>()));
            var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
            var stopping = new TaskCompletionSource();
            using var registration = lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());

            await stopping.Task.WaitAsync(TimeSpan.FromSeconds(30));

            Assert.True(lifetime.ApplicationStopping.IsCancellationRequested);
        }
        finally
        {
            await factory.DisposeAsync();
            factory.DeleteDatabase();
        }
    }

    [Fact]
    public async Task AGraphQLRequestRightAfterTheStartIsAnsweredWhileTheSchemaMayStillBeBuilding()
    {
        var factory = new OpenDataApiFactory(seed: false);
        try
        {
            using var client = factory.CreateClient();

            var data = await client.QueryAsync("{ __schema { queryType { name } } }");

            Assert.Equal("Query", data.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
        }
        finally
        {
            await factory.DisposeAsync();
            factory.DeleteDatabase();
        }
    }

    /// <summary>Adds a root field the organisations already have: GraphQL.NET refuses to build such a schema.</summary>
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
