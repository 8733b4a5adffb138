using System.Text.Json;
using System.Text.Json.Nodes;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Querying;

/// <summary>changedSince: records changed after a time, and the records deleted since then. Each test has its own database.</summary>
public sealed class ChangeFeedTests : IDisposable
{
    private static readonly DateTimeOffset FirstLoad = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SecondLoad = new(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"opendata-changes-{Guid.NewGuid():N}.db");
    private readonly string _seedPath = RepositoryPaths.CopySeedDirectory();

    [Fact]
    public async Task ChangedSinceListsChangedRecordsAndReportsDeletions()
    {
        await using (var first = new OpenDataApiFactory(_databasePath, _seedPath, clock: new FixedTimeProvider(FirstLoad)))
        {
            first.CreateClient().Dispose();
        }
        var path = Path.Combine(_seedPath, "organisations.json");
        var organisations = JsonNode.Parse(File.ReadAllText(path), documentOptions: new() { CommentHandling = JsonCommentHandling.Skip })!.AsArray();
        organisations.OfType<JsonObject>().Single(o => (string?)o["id"] == "socialstyrelsen")["descriptionEn"] = "Changed.";
        organisations.Remove(organisations.OfType<JsonObject>().Single(o => (string?)o["id"] == "thrive-nyc"));
        File.WriteAllText(path, organisations.ToJsonString());

        await using var second = new OpenDataApiFactory(_databasePath, _seedPath, clock: new FixedTimeProvider(SecondLoad));
        using var client = second.CreateClient();
        var changes = await client.GetJsonAsync("/api/v1/organisations?changedSince=2026-03-15T00:00:00Z");
        var everything = await client.GetJsonAsync("/api/v1/organisations?changedSince=2026-02-01");

        Assert.Equal(["socialstyrelsen"], changes.Ids());
        var deleted = Assert.Single(changes.GetProperty("deleted").EnumerateArray());
        Assert.Equal("thrive-nyc", deleted.GetProperty("id").GetString());
        Assert.Equal(SecondLoad.UtcDateTime, deleted.GetProperty("deletedAt").GetDateTime());
        Assert.True(everything.TotalCount() > 300);
        var networks = await client.GetJsonAsync("/api/v1/networks?changedSince=2026-03-15T00:00:00Z");
        Assert.Equal(0, networks.TotalCount());
        Assert.Empty(networks.GetProperty("deleted").EnumerateArray());
    }

    [Fact]
    public async Task WithoutChangedSinceThereIsNoDeletedList()
    {
        await using var factory = new OpenDataApiFactory(_databasePath, _seedPath);
        using var client = factory.CreateClient();

        var page = await client.GetJsonAsync("/api/v1/organisations?limit=1");

        Assert.False(page.TryGetProperty("deleted", out _));
    }

    public void Dispose()
    {
        new TestDatabase(_databasePath).Delete();
        Directory.Delete(_seedPath, recursive: true);
    }
}
