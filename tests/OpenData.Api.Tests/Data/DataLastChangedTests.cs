using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Networks;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Data;

/// <summary>When the data last changed, as api-info reports it and the output cache's poll watches it.</summary>
public sealed class DataLastChangedTests : OwnDatabaseTests
{
    [Fact]
    public async Task ItIsTheLatestUpdateOfAnyTrackedRecordOrTheLatestDeletionReadInOneQuery()
    {
        var networkUpdated = new DateTime(2098, 1, 1, 12, 30, 15, 123, DateTimeKind.Utc);
        var deleted = new DateTime(2099, 6, 1, 8, 0, 0, DateTimeKind.Utc);

        await Factory.QueryAsync(async db =>
        {
            var id = await db.Networks.OrderBy(n => n.Id).Select(n => n.Id).FirstAsync();
            return await db.Networks.Where(n => n.Id == id).ExecuteUpdateAsync(set => set.SetProperty(n => n.UpdatedAt, networkUpdated));
        });
        var queriesBefore = Factory.Queries.Count;
        var afterUpdate = await Factory.QueryAsync(db => db.DataLastChangedAsync(CancellationToken.None));
        var queries = Factory.Queries.Count - queriesBefore;
        await Factory.QueryAsync(db =>
        {
            db.Deletions.Add(new Deletion { ResourceType = "network", ResourceId = "gone", DeletedAt = deleted });
            return db.SaveChangesAsync();
        });
        var afterDeletion = await Factory.QueryAsync(db => db.DataLastChangedAsync(CancellationToken.None));

        Assert.Equal(1, queries);
        Assert.Equal(networkUpdated, afterUpdate);
        Assert.Equal(DateTimeKind.Utc, afterUpdate!.Value.Kind);
        Assert.Equal(deleted, afterDeletion);
    }
}
