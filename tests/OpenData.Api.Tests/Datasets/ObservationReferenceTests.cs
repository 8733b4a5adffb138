using Microsoft.EntityFrameworkCore;
using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.Datasets;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Datasets;

/// <summary>
/// What an observation refers to is kept whole by the database itself, for every writer: by foreign keys on SQLite and by
/// statement-level triggers on PostgreSQL (which check a million imported rows at once instead of row by row).
/// </summary>
public sealed class ObservationReferenceTests : OwnDatabaseTests
{
    [Theory]
    [InlineData("indicator")]
    [InlineData("area")]
    [InlineData("source")]
    public async Task AnObservationReferringToSomethingThatDoesNotExistIsRefused(string missing)
    {
        var stored = await AnyObservationAsync();
        var observation = Copy(stored, period: "1901");
        _ = missing switch
        {
            "indicator" => observation.IndicatorCode = "NO-SUCH-INDICATOR",
            "area" => observation.AreaCode = "9999",
            _ => observation.SourceId = "no-such-source",
        };

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => Factory.QueryAsync(db =>
        {
            db.Observations.Add(observation);
            return db.SaveChangesAsync();
        }));

        Assert.Contains("foreign key", error.InnerException!.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await Factory.QueryAsync(db => db.Observations.CountAsync(o => o.Period == "1901")));
    }

    [Fact]
    public async Task ChangingAnObservationsSourceToOneThatDoesNotExistIsRefused()
    {
        var stored = await AnyObservationAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => Factory.QueryAsync(db =>
            db.Observations.Where(o => o.Id == stored.Id).ExecuteUpdateAsync(set => set.SetProperty(o => o.SourceId, "no-such-source"))));

        Assert.Equal(stored.SourceId, await Factory.QueryAsync(db => db.Observations.Where(o => o.Id == stored.Id).Select(o => o.SourceId).SingleAsync()));
    }

    [Fact]
    public async Task AnAreaThatObservationsReferToCannotBeDeleted()
    {
        var stored = await AnyObservationAsync();
        // An area nothing but this observation refers to, so that only the observation's reference can stop the delete.
        await Factory.QueryAsync(db =>
        {
            db.Areas.Add(new Area { Code = "9990", Kind = AreaKind.Municipality, NameSv = "Provområde", SearchText = "provomrade" });
            db.Observations.Add(Copy(stored, period: "1902", area: "9990"));
            return db.SaveChangesAsync();
        });

        await Assert.ThrowsAnyAsync<Exception>(() => Factory.QueryAsync(db => db.Areas.Where(a => a.Code == "9990").ExecuteDeleteAsync()));

        Assert.True(await Factory.QueryAsync(db => db.Areas.AnyAsync(a => a.Code == "9990")));
    }

    [Fact]
    public async Task DeletingAnIndicatorOrADatasetDeletesItsObservations()
    {
        var stored = await AnyObservationAsync();
        var otherDataset = await Factory.QueryAsync(db => db.Observations.Where(o => o.DatasetId != stored.DatasetId).Select(o => o.DatasetId).FirstAsync());
        var otherBefore = await Factory.QueryAsync(db => db.Observations.CountAsync(o => o.DatasetId == otherDataset));

        await Factory.QueryAsync(db => db.Indicators
            .Where(i => i.DatasetId == stored.DatasetId && i.Code == stored.IndicatorCode).ExecuteDeleteAsync());
        var ofIndicator = await Factory.QueryAsync(db =>
            db.Observations.CountAsync(o => o.DatasetId == stored.DatasetId && o.IndicatorCode == stored.IndicatorCode));
        await Factory.QueryAsync(db => db.Datasets.Where(d => d.Id == otherDataset).ExecuteDeleteAsync());
        var ofDataset = await Factory.QueryAsync(db => db.Observations.CountAsync(o => o.DatasetId == otherDataset));

        Assert.True(otherBefore > 0);
        Assert.Equal(0, ofIndicator);
        Assert.Equal(0, ofDataset);
    }

    private Task<Observation> AnyObservationAsync() =>
        Factory.QueryAsync(db => db.Observations.AsNoTracking().OrderBy(o => o.Id).FirstAsync());

    private static Observation Copy(Observation stored, string period, string? area = null) => new()
    {
        DatasetId = stored.DatasetId,
        IndicatorCode = stored.IndicatorCode,
        AreaCode = area ?? stored.AreaCode,
        Period = period,
        Sex = stored.Sex,
        Value = 1,
        Status = stored.Status,
        SourceId = stored.SourceId,
    };
}
