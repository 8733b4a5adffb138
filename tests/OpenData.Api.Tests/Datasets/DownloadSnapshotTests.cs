using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Datasets;

/// <summary>A download's revision (in its ETag and file name) is the revision of the rows it holds, even when a write commits while it is read.</summary>
public sealed class DownloadSnapshotTests : OwnDatabaseTests
{
    private const string Dataset = "nasp-sjalvmordstal-lan";

    /// <summary>Commits a write through a connection of its own just before the next download reads its rows, as an import beside it would.</summary>
    private sealed class CommitBeforeRows(TestDatabase database) : DbCommandInterceptor
    {
        private string? _write;

        public void Arm(string sql) => _write = sql;

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            // The rows of a download are the only query that reads notes in order; the dataset, its areas and its id range come before.
            if (command.CommandText.Contains("NoteEn", StringComparison.Ordinal) && command.CommandText.Contains("ORDER BY", StringComparison.Ordinal)
                && Interlocked.Exchange(ref _write, null) is { } write)
            {
                await database.ExecuteAsync(write);
            }
            return result;
        }
    }

    private sealed class Api : OpenDataApiFactory
    {
        public Api() => Writer = new CommitBeforeRows(Database);

        public CommitBeforeRows Writer { get; }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(Writer));
        }
    }

    private readonly Api _api;

    public DownloadSnapshotTests() : this(new Api())
    {
    }

    private DownloadSnapshotTests(Api api) : base(api) => _api = api;

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonstat")]
    public async Task AWriteCommittedWhileADownloadIsReadIsNotInItsRows(string format)
    {
        var client = _api.CreateClient();
        var url = $"/api/v1/datasets/{Dataset}/data?format={format}";
        using var before = await client.GetAsync(url);
        var beforeBody = await before.Content.ReadAsByteArrayAsync();

        _api.Writer.Arm($"""
            UPDATE "Observations" SET "Value" = 12345 WHERE "DatasetId" = '{Dataset}';
            UPDATE "Datasets" SET "Revision" = "Revision" + 1 WHERE "Id" = '{Dataset}';
            """);
        using var during = await client.GetAsync(url);
        var duringBody = await during.Content.ReadAsByteArrayAsync();
        using var after = await client.GetAsync(url);
        var afterBody = await after.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        // The download that began before the write is the revision before it, in its name and in every row.
        Assert.Equal(before.Headers.ETag, during.Headers.ETag);
        Assert.Equal(before.Content.Headers.ContentDisposition?.FileName, during.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(beforeBody, duringBody);
        // The write did commit: the next download is the next revision, with the new figures.
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("12345", afterBody);
    }
}
