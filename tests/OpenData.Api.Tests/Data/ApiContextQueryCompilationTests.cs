using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Data;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Data;

/// <summary>The API's contexts, on the provider the suite runs on, compile their queries with nested lambdas made once.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class ApiContextQueryCompilationTests(SeededApi api)
{
    [Fact]
    public async Task TheApiContextCompilesQueriesWithTheirNestedLambdasMadeOnce()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenDataDbContext>();

        Assert.IsType<RelationalDatabaseCompilingNestedLambdasOnce>(db.GetService<IDatabase>());
    }
}
