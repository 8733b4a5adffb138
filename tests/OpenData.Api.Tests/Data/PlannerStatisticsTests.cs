using Microsoft.EntityFrameworkCore;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Data;

/// <summary>SQLite chooses indexes well only with statistics of the tables, which a start brings up to date after seeding.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class PlannerStatisticsTests(SeededApi api)
{
    [SqliteFact("none: PostgreSQL's autovacuum analyses the tables")]
    public async Task ASeededDatabaseHasStatisticsOfItsTablesAndTheQueryForACountysMunicipalitiesUsesTheCountyIndex()
    {
        var tables = await api.Factory.QueryAsync(db => db.Database.SqlQueryRaw<string>("SELECT DISTINCT tbl AS \"Value\" FROM sqlite_stat1").ToListAsync());
        var plan = await api.Factory.QueryAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN SELECT Id FROM Organisations WHERE Kind = 'municipality' AND CountyCode = '01'";
            await using var reader = await command.ExecuteReaderAsync();
            var steps = new List<string>();
            while (await reader.ReadAsync())
            {
                steps.Add(reader.GetString(reader.GetOrdinal("detail")));
            }
            await connection.CloseAsync();
            return steps;
        });

        Assert.Contains("Organisations", tables);
        Assert.Contains("Observations", tables);
        Assert.Contains(plan, step => step.Contains("IX_Organisations_CountyCode", StringComparison.Ordinal));
    }
}
