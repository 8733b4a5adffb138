using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Data;

[Collection(SeededApiCollection.Name)]
public sealed class PersonalDataTests(SeededApi api)
{
    [Theory]
    [InlineData("Anmäl per e-mail till namn.efternamn@example.se senast 15 augusti")]
    [InlineData("ring 08-123 45 67 eller")]
    [InlineData("tel. 070-123 45 67")]
    [InlineData("+46 8 123 45 67")]
    public void DetectorFindsEmailAddressesAndPhoneNumbers(string text) =>
        Assert.NotEmpty(PersonalData.Find(text));

    [Theory]
    [InlineData("Folkmängd 2 473 307 den 31 december 2024")]
    [InlineData("kommun-0180, 2022-02-28, SFS 1997:927")]
    [InlineData("commit 4b0572fa7705919c4c2fab5145e603e38c0c9649")]
    public void DetectorLeavesFiguresCodesAndDatesAlone(string text) =>
        Assert.Empty(PersonalData.Find(text));

    [Fact]
    public void NoSeedFileContainsAnEmailAddressOrPhoneNumber()
    {
        var findings = Directory.GetFiles(RepositoryPaths.SeedDirectory, "*", SearchOption.AllDirectories)
            .SelectMany(file => PersonalData.Find(TextOf(file)).Select(match => $"{Path.GetFileName(file)}: {match}"))
            .ToList();

        Assert.Empty(findings);
    }

    /// <summary>
    /// A file's text; for boundaries, the texts among their features' properties, since the digits of a coordinate
    /// (18.0822740358) read like a phone number and coordinates are no text.
    /// </summary>
    private static string TextOf(string file)
    {
        if (!file.EndsWith(".geojson", StringComparison.Ordinal))
        {
            return File.ReadAllText(file);
        }
        using var geoJson = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(file));
        return string.Join("\n", geoJson.RootElement.GetProperty("features").EnumerateArray()
            .SelectMany(f => f.GetProperty("properties").EnumerateObject())
            .Where(p => p.Value.ValueKind == System.Text.Json.JsonValueKind.String)
            .Select(p => p.Value.GetString()));
    }

    [Fact]
    public async Task NoTextInTheSeededDatabaseContainsAnEmailAddressOrPhoneNumber()
    {
        var findings = await api.Factory.QueryAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            var tables = await ReadColumnAsync(connection, TestDatabase.OnPostgres
                ? "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '\\_\\_EF%'"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory'");
            var found = new List<string>();
            foreach (var table in tables)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM \"{table}\"";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        if (reader.GetValue(i) is string text)
                        {
                            found.AddRange(PersonalData.Find(text).Select(match => $"{table}.{reader.GetName(i)}: {match}"));
                        }
                    }
                }
            }
            return (tables.Count, found);
        });

        Assert.True(findings.Count > 20, "the scan should cover every table");
        Assert.Empty(findings.found);
    }

    private static async Task<List<string>> ReadColumnAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }
}
