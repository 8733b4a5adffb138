using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenData.Api.Datasets;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Datasets;

/// <summary>The import command killed with SIGKILL while it writes: the database must keep the previous revision whole.</summary>
public sealed class InterruptedImportTests : OwnDatabaseTests
{
    private const string Dataset = LargeDataset.Id;

    // SQLite writes a transaction's pages at commit, so there is no moment to catch it writing from outside; its
    // all-or-nothing import is shown by an upload that fails halfway.
    [PostgresFact(nameof(DatasetPublishingTests.EveryInvalidFieldIsReportedWithItsRowAndColumnAndNothingIsWritten))]
    public async Task AnImportKilledWhileWritingLeavesThePreviousRevisionIntactAndTheNextImportSucceeds()
    {
        const int years = 5_000;
        var file = Path.Combine(Path.GetTempPath(), $"interrupted-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, LargeDataset.Csv(years));
        var before = await StateAsync();
        try
        {
            using (var killed = StartImport(file))
            {
                await WaitUntilWritingAsync(killed);
                killed.Kill(entireProcessTree: true);
                await killed.WaitForExitAsync();
            }
            TestDatabase.ReleaseConnections();
            var afterKill = await StateAsync();

            using var again = StartImport(file);
            var (exitCode, output) = await OperatorCommand.WaitAsync(again);
            var afterImport = await StateAsync();

            Assert.Equal(before, afterKill);
            Assert.True(exitCode == 0, output);
            Assert.Equal(before.Revision + 1, afterImport.Revision);
            Assert.Equal(LargeDataset.Rows(years), afterImport.Count);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private Process StartImport(string file) => OperatorCommand.Start(Factory.Database, null, "import", file, "--dataset", Dataset);

    /// <summary>Until rows are going into the database: a statement on the import's temporary table runs (COPY, then the merge).</summary>
    private async Task WaitUntilWritingAsync(Process import)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (import.HasExited)
            {
                Assert.Fail($"The import ended (exit code {import.ExitCode}) before it could be interrupted: "
                            + await import.StandardOutput.ReadToEndAsync() + await import.StandardError.ReadToEndAsync());
            }
            if (await IsWritingAsync())
            {
                return;
            }
            await Task.Delay(10);
        }
        Assert.Fail("The import never started writing.");
    }

    private async Task<bool> IsWritingAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.Database.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND query LIKE '%observation_upload%' AND pid <> pg_backend_pid()", connection);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    /// <summary>The dataset's revision, its number of observations and a checksum over all of them.</summary>
    private async Task<(int Revision, int Count, string Checksum)> StateAsync() => await Factory.QueryAsync(async db =>
    {
        var revision = await db.Datasets.Where(d => d.Id == Dataset).Select(d => d.Revision).SingleAsync();
        var rows = await db.Observations.Where(o => o.DatasetId == Dataset)
            .OrderBy(o => o.IndicatorCode).ThenBy(o => o.AreaCode).ThenBy(o => o.Period).ThenBy(o => o.Sex)
            .Select(o => new { o.Id, o.IndicatorCode, o.AreaCode, o.Period, o.Sex, o.Value, o.Status, o.SourceId })
            .ToListAsync();
        var text = string.Join('\n', rows.Select(r => $"{r.Id},{r.IndicatorCode},{r.AreaCode},{r.Period},{r.Sex},{r.Value},{r.Status},{r.SourceId}"));
        return (revision, rows.Count, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
    });
}
