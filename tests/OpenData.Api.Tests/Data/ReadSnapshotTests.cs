using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Data;
using OpenData.Api.Datasets;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Data;

/// <summary>A read snapshot, on either provider: one view of the database for a long read, which never holds up a writer and ends when disposed.</summary>
public sealed class ReadSnapshotTests : OwnDatabaseTests
{
    private const string Dataset = "scb-folkmangd";

    private static Task<int> RevisionAsync(OpenDataDbContext db) =>
        db.Datasets.Where(d => d.Id == Dataset).Select(d => d.Revision).SingleAsync();

    [Fact]
    public async Task ASnapshotSeesTheDatabaseAsAtItsFirstReadWhileAWriterCommitsAndOnceEndedSeesTheWrite()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenDataDbContext>();
        var database = scope.ServiceProvider.GetRequiredService<IOpenDataDatabase>();

        var snapshot = await database.BeginReadSnapshotAsync(db, CancellationToken.None);
        var before = await RevisionAsync(db);
        // Another connection writes and commits while the snapshot is open: it is not held up.
        await Factory.Database.ExecuteAsync($"""UPDATE "Datasets" SET "Revision" = "Revision" + 1 WHERE "Id" = '{Dataset}'""");
        var within = await RevisionAsync(db);
        await snapshot.DisposeAsync();
        var after = await RevisionAsync(db);

        Assert.Equal(before, within);
        Assert.Equal(before + 1, after);
        // Ended means ended: the context can begin a transaction of its own.
        await using var transaction = await db.Database.BeginTransactionAsync();
        Assert.NotNull(db.Database.CurrentTransaction);
    }
}
